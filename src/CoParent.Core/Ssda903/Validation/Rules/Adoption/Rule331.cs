using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>The child must be matched with adopters (DATE_MATCH) on or before the DECOM of the episode that ended in adoption.</summary>
public sealed class Rule331 : Rule
{
    public override string Code => "331";
    public override string Message => "Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.AD1.Count == 0) return;
        var ad1Flagged = new bool[child.AD1.Count];
        foreach (var episode in child.Episodes)
        {
            if (!CodeSets.IsAdopted(episode.Rec) || episode.Decom.Date is not { } decom) continue;
            var episodeFlagged = false;
            for (var i = 0; i < child.AD1.Count; i++)
            {
                if (!(child.AD1[i].DateMatch.Date > decom)) continue;
                if (!episodeFlagged) errors.Flag(episode, "DECOM", "REC");
                if (!ad1Flagged[i]) errors.Flag(child.AD1[i], "DATE_MATCH");
                episodeFlagged = ad1Flagged[i] = true;
            }
        }
    }
}
