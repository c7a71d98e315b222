using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>An emergency protection order (L2) lasts no more than 21 days.</summary>
public sealed class Rule362 : Rule
{
    public override string Code => "362";
    public override string Message => "Emergency protection order (EPO) lasted longer than 21 days";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        EpisodesFacts.FlagLongLegalStatusSpells(child, "L2", 21, context, errors);
    }
}
