using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>CIN stays the same through a period of care: an episode continuing the one before (X1 on the day it began) has the CIN of the period's first episode.</summary>
public sealed class Rule504 : Rule
{
    public override string Code => "504";
    public override string Message => "The category of need code differs from that reported at start of current period of being looked after";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // The DfE compares with the start of the period of care; the Python tool with the episode just before.
        // The two differ only after a change has already been flagged.
        var episodes = child.Episodes;
        string? periodCin = null;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            var continues = i > 0 && episodes[i - 1].Rec == "X1" && episode.Decom.Date is { } decom && episodes[i - 1].Dec.Date == decom;
            if (!continues)
            {
                periodCin = episode.Cin;
                continue;
            }
            if (!EpisodesFacts.Same(episode.Cin, periodCin)) errors.Flag(episode, "CIN");
        }
    }
}
