using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;

namespace CoParent.Core.Ssda903.Validation.Rules.Dolo;

/// <summary>
/// A DoLO with no end date needs the child to be still in care: an open period of care that began on or before
/// the order started (as rule 577 for missing periods).
/// </summary>
public sealed class Rule707 : Rule
{
    public override string Code => "707";
    public override string Message => "Child ceased to be looked after but there is a DoLO without an end date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.DoLo, ReturnTable.Episodes];
    public override int FirstYear => 2027;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.DoLo.Count == 0) return;
        List<PeriodOfCare>? periods = null;
        foreach (var row in child.DoLo)
        {
            if (!row.DoloEnd.IsBlank || row.DoloStart.Date is not { } start) continue;
            periods ??= MissingFacts.PeriodsOfCare(child);
            if (periods.Count == 0) return;
            var stillInCare = false;
            foreach (var period in periods)
            {
                if (period.End is null && start >= period.Start)
                {
                    stillInCare = true;
                    break;
                }
            }
            if (!stillInCare) errors.Flag(row, "DOLO_END");
        }
    }
}
