using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>A missing period must start within one of the child's periods of care, not before it began or after it ended.</summary>
public sealed class Rule578 : Rule
{
    public override string Code => "578";
    public override string Message => "The date that the child started to be missing is after the child ceased to be looked after.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Missing.Count == 0) return;
        List<PeriodOfCare>? periods = null;
        foreach (var row in child.Missing)
        {
            if (row.MisStart.Date is not { } start) continue;
            periods ??= MissingFacts.PeriodsOfCare(child);
            if (periods.Count == 0) return;
            var insideOne = false;
            foreach (var period in periods)
            {
                if (period.Contains(start))
                {
                    insideOne = true;
                    break;
                }
            }
            if (!insideOne) errors.Flag(row, "MIS_START");
        }
    }
}
