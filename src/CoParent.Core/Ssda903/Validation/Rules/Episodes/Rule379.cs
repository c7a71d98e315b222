using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A temporary placement for any other reason (T4) lasts no more than seven days.</summary>
public sealed class Rule379 : Rule
{
    public override string Code => "379";
    public override string Message => "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        EpisodesFacts.FlagPlacementsLongerThan(child, "T4", 7, errors);
    }
}
