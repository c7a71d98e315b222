using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>DATE_INT must not be before the start (DECOM, RNE S) of the child's latest period of care.</summary>
public sealed class Rule334 : Rule
{
    public override string Code => "334";
    public override string Message => "Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.AD1.Count == 0) return;
        var start = AdoptionFacts.Last(child, static e => e.Rne == "S");
        if (start is null) return;
        var episodeFlagged = false;
        foreach (var row in child.AD1)
        {
            if (!(row.DateInt.Date < start.Decom.Date)) continue;
            errors.Flag(row, "DATE_INT");
            if (!episodeFlagged) errors.Flag(start, "DECOM", "RNE");
            episodeFlagged = true;
        }
    }
}
