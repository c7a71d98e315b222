using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A temporary hospital placement (T1) lasts no more than six weeks (42 days).</summary>
public sealed class Rule375 : Rule
{
    public override string Code => "375";
    public override string Message => "Hospitalisation coded as a temporary placement exceeds six weeks.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        EpisodesFacts.FlagPlacementsLongerThan(child, "T1", 42, errors);
    }
}
