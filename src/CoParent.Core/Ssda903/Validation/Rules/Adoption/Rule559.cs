using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>A decision to place for adoption dated before this year (DATE_PLACED before 1 April) must be in last year's return.</summary>
public sealed class Rule559 : Rule
{
    public override string Code => "559";
    public override string Message => "Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PlacedAdoption];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        bool? recordedLastYear = null;
        foreach (var row in child.PlacedAdoption)
        {
            if (!(row.DatePlaced.Date < context.Start)) continue;
            recordedLastYear ??= RecordedLastYear(context.LastYear(child));
            if (recordedLastYear == false) errors.Flag(row, "DATE_PLACED");
        }
    }

    // The Python tool also flags when any one of several rows last year lacks the date; the rule asks only that
    // the decision was recorded, so one row with DATE_PLACED last year is enough.
    private static bool RecordedLastYear(ChildReturn? lastYear)
    {
        if (lastYear is null) return false;
        foreach (var row in lastYear.PlacedAdoption)
        {
            if (!row.DatePlaced.IsBlank) return true;
        }
        return false;
    }
}
