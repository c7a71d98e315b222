using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>
/// Neither adoption decision (DATE_PLACED, DATE_PLACED_CEASED) may fall after 31 March or after the DEC of the
/// child's latest episode that is not continued by another (REC not X1).
/// </summary>
public sealed class Rule117 : Rule
{
    public override string Code => "117";
    public override string Message => "Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.PlacedAdoption.Count == 0) return;
        var latest = AdoptionFacts.Last(child, static e => e.Rec != "X1");
        if (latest is null) return;
        var ceased = latest.Dec.Date;
        var episodeFlagged = false;
        foreach (var row in child.PlacedAdoption)
        {
            if (!TooLate(row.DatePlaced.Date, ceased, context) && !TooLate(row.DatePlacedCeased.Date, ceased, context)) continue;
            errors.Flag(row, "DATE_PLACED", "DATE_PLACED_CEASED");
            if (!episodeFlagged) errors.Flag(latest, "DEC", "REC", "DECOM");
            episodeFlagged = true;
        }
    }

    private static bool TooLate(DateOnly? date, DateOnly? ceased, RuleContext context) =>
        date is { } d && (d > context.End || (ceased is { } dec && d > dec));
}
