using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child in a young offender institution (R5) is at least 10 when the placement begins.</summary>
public sealed class Rule372 : Rule
{
    public override string Code => "372";
    public override string Message => "Child in youth custody or prison should be at least 10.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        EpisodesFacts.FlagPlacementsBeforeAge(child, "R5", 10, errors);
    }
}
