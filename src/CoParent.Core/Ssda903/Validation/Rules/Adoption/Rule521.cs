using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>DATE_INT (decision the child should be placed for adoption) must be on or before every placement for adoption (A3 to A6).</summary>
public sealed class Rule521 : Rule
{
    public override string Code => "521";
    public override string Message => "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.AD1.Count == 0) return;
        var ad1Flagged = new bool[child.AD1.Count];
        foreach (var episode in child.Episodes)
        {
            if (!CodeSets.IsPlacedForAdoption(episode.Place) || episode.Decom.Date is not { } decom) continue;
            var episodeFlagged = false;
            for (var i = 0; i < child.AD1.Count; i++)
            {
                if (!(child.AD1[i].DateInt.Date > decom)) continue;
                if (!episodeFlagged) errors.Flag(episode, "DECOM", "PLACE");
                if (!ad1Flagged[i]) errors.Flag(child.AD1[i], "DATE_INT");
                episodeFlagged = ad1Flagged[i] = true;
            }
        }
    }
}
