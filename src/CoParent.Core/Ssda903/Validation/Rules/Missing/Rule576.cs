using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>
/// A missing period still open in last year's return must carry on this year: the child's earliest missing
/// period this year must start on the same day as last year's open one.
/// </summary>
public sealed class Rule576 : Rule
{
    public override string Code => "576";
    public override string Message => "There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Missing];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Missing.Count == 0 || context.LastYear(child) is not { } last) return;

        // The earliest period this year; one with no start date counts as latest (the DfE's tool does the same).
        MissingRow? first = null;
        foreach (var row in child.Missing)
        {
            if (first is null || (row.MisStart.Date is { } start && (first.MisStart.Date is not { } firstStart || start < firstStart))) first = row;
        }
        if (first is null || first.MisStart.IsInvalid) return;

        foreach (var open in last.Missing)
        {
            if (open.MisEnd.IsBlank && open.MisStart.Date is { } openStart && first.MisStart.Date != openStart)
            {
                errors.Flag(first, "CHILD");
                return;
            }
        }
    }
}
