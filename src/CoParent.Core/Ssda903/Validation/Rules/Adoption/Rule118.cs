using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>
/// DATE_PLACED_CEASED must not be before 1 April or before the DECOM of the child's earliest episode that is not a
/// short break (LS V3/V4).
/// </summary>
public sealed class Rule118 : Rule
{
    public override string Code => "118";
    public override string Message => "Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.PlacedAdoption.Count == 0) return;
        var first = AdoptionFacts.First(child, static e => e.Ls is not ("V3" or "V4"));
        if (first is null) return;
        var episodeFlagged = false;
        foreach (var row in child.PlacedAdoption)
        {
            if (row.DatePlacedCeased.Date is not { } ceased) continue;
            if (ceased >= context.Start && ceased >= first.Decom.Date) continue;
            errors.Flag(row, "DATE_PLACED_CEASED");
            if (!episodeFlagged) errors.Flag(first, "DECOM", "LS");
            episodeFlagged = true;
        }
    }
}
