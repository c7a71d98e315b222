using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>No episode follows one that ended in adoption (REC E11 or E12), looking at last year's episodes too when that return is loaded.</summary>
public sealed class Rule199 : Rule
{
    public override string Code => "199";
    public override string Message => "Episode information shows child has been previously adopted from care.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // Last year's return is used when it is there (as the DfE's note on this rule says), but the rule runs
        // without it. Its episodes from the first current DECOM on are this year's again, so they are skipped.
        var episodes = child.Episodes;
        var firstStart = episodes.Count > 0 ? episodes[0].Decom.Date : null;
        var adopted = false;
        if (context.LastYear(child) is { } lastYear)
        {
            foreach (var earlier in lastYear.Episodes)
            {
                if (earlier.Decom.Date is { } decom && (firstStart is null || decom < firstStart) && CodeSets.IsAdopted(earlier.Rec))
                {
                    adopted = true;
                    break;
                }
            }
        }
        foreach (var episode in episodes)
        {
            if (!episode.Decom.HasDate) continue;
            if (adopted) errors.Flag(episode, "CHILD");
            else if (CodeSets.IsAdopted(episode.Rec)) adopted = true;
        }
    }
}
