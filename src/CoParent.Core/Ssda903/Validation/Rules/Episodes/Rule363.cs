using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child assessment order (L3) lasts no more than 7 days.</summary>
public sealed class Rule363 : Rule
{
    public override string Code => "363";
    public override string Message => "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        EpisodesFacts.FlagLongLegalStatusSpells(child, "L3", 7, context, errors);
    }
}
