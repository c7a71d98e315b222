using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child is at least 10 when an episode under a youth-justice legal status (J1, J2, J3) begins.</summary>
public sealed class Rule358 : Rule
{
    public override string Code => "358";
    public override string Message => "Child with this legal status should not be under 10.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (EpisodesFacts.Birthday(child, 10) is not { } tenth) return;
        foreach (var episode in child.Episodes)
        {
            // The DfE: DOB at least 10 years before DECOM, so DECOM on the 10th birthday passes (the Python tool flags it).
            if (episode.Ls is "J1" or "J2" or "J3" && episode.Decom.Date < tenth)
            {
                errors.Flag(episode, "DECOM", "LS");
                errors.Flag(child.Header!, "DOB");
            }
        }
    }
}
