using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>The decision to place for adoption (DATE_PLACED) cannot precede the child's first start in care (earliest DECOM with RNE S).</summary>
public sealed class Rule1003 : Rule
{
    public override string Code => "1003";
    public override string Message => "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.PlacedAdoption.Count == 0) return;
        var start = AdoptionFacts.First(child, static e => e.Rne == "S");
        if (start is null) return;
        var episodeFlagged = false;
        foreach (var row in child.PlacedAdoption)
        {
            if (!(row.DatePlaced.Date < start.Decom.Date)) continue;
            errors.Flag(row, "DATE_PLACED");
            if (!episodeFlagged) errors.Flag(start, "DECOM", "RNE");
            episodeFlagged = true;
        }
    }
}
