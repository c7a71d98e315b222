using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A temporary placement for the foster carer's holiday (T3) lasts no more than three weeks (21 days).</summary>
public sealed class Rule376 : Rule
{
    public override string Code => "376";
    public override string Message => "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        EpisodesFacts.FlagPlacementsLongerThan(child, "T3", 21, errors);
    }
}
