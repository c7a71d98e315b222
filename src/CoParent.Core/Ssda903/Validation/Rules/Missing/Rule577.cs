using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>
/// A missing period must sit inside one of the child's periods of care: one still open needs a period of care
/// that is also open and began before it; one that ended must end within a period of care.
/// </summary>
public sealed class Rule577 : Rule
{
    public override string Code => "577";
    public override string Message => "Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Missing.Count == 0) return;
        List<PeriodOfCare>? periods = null;
        foreach (var row in child.Missing)
        {
            if (row.MisStart.Date is not { } start || row.MisEnd.IsInvalid) continue;
            periods ??= MissingFacts.PeriodsOfCare(child);
            if (periods.Count == 0) return;
            var insideOne = false;
            foreach (var period in periods)
            {
                if (Fits(start, row.MisEnd.Date, period))
                {
                    insideOne = true;
                    break;
                }
            }
            if (!insideOne) errors.Flag(row, "MIS_END");
        }
    }

    private static bool Fits(DateOnly start, DateOnly? end, PeriodOfCare period) => end is { } e
        ? e >= period.Start && (period.End is not { } periodEnd || e <= periodEnd)
        : period.End is null && start >= period.Start;
}
