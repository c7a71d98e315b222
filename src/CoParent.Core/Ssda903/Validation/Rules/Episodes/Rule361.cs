using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>Police protection (L1) lasts no more than 72 hours: a spell of L1 episodes spans at most 3 days.</summary>
public sealed class Rule361 : Rule
{
    public override string Code => "361";
    public override string Message => "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        EpisodesFacts.FlagLongLegalStatusSpells(child, "L1", 3, context, errors);
    }
}
