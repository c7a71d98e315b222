using CoParent.Core.Measures;

namespace CoParent.Core.Education;

/// <summary>One ledger line as the measures need it.</summary>
public sealed record PupilPremiumLine(
    int? ChildId, int FinancialYear, decimal Amount, PupilPremiumAllocationKind Kind, DateOnly CommittedOn,
    decimal? SpentAmount, DateOnly? SpentOn, PepTargetOutcome? TargetOutcome);

/// <summary>
/// The Virtual School's Pupil Premium Plus figures (Outcome 6) for the financial year containing the period's last day,
/// to that day: grant, committed, spent, balance, and the share of money passed for targets that were met. Money is in
/// pounds; each money figure's numerator is the number of children it was for, so small numbers can be suppressed.
/// </summary>
public static class PupilPremiumMeasures
{
    public static IReadOnlyList<MeasureResult> Calculate(IEnumerable<PupilPremiumLine> ledger, decimal? rate, int eligibleChildren, MeasurePeriod period)
    {
        var end = period.To;
        var year = FinancialYear.Containing(end);
        var label = FinancialYear.Label(year);
        var lines = ledger.Where(l => l.FinancialYear == year && l.CommittedOn <= end).ToList();
        var spentLines = lines.Where(l => l.SpentAmount is not null && l.SpentOn <= end).ToList();
        var grant = rate is null ? (decimal?)null : rate.Value * eligibleChildren;
        var committed = lines.Sum(l => l.Amount);
        var spent = spentLines.Sum(l => l.SpentAmount!.Value);
        // Only targets already judged at a later PEP: money for a target not yet reviewed is neither met nor missed.
        var targeted = lines.Where(l => l.TargetOutcome is { } o && o != PepTargetOutcome.NotYetReviewed).ToList();
        var met = targeted.Where(l => l.TargetOutcome == PepTargetOutcome.Met).ToList();
        var targetedAmount = targeted.Sum(l => l.Amount);

        return
        [
            new MeasureResult("education.pupil-premium.grant", "Pupil Premium Plus grant",
                $"The grant for {label}: the rate per child times the children looked after for at least one day in the year to the 31 March " +
                "before it, aged 4 to 15 on the 31 August in that year (measures.md §6 and §12, PP+ allocation basis; the council's estimate).",
                grant, eligibleChildren, 0, MeasureUnits.Pounds, []),
            Money("education.pupil-premium.committed", "Pupil Premium Plus committed",
                $"Money committed from the {label} grant by the period's last day, passed to schools or held centrally.", committed, lines),
            Money("education.pupil-premium.spent", "Pupil Premium Plus spent",
                $"Money from the {label} grant recorded as spent by the period's last day.", spent, spentLines),
            new MeasureResult("education.pupil-premium.balance", "Pupil Premium Plus not yet committed",
                $"The {label} grant less the money committed from it by the period's last day.",
                grant is null ? null : grant.Value - committed, lines.Where(l => l.ChildId is not null).Select(l => l.ChildId!.Value).Distinct().Count(), 0,
                MeasureUnits.Pounds, []),
            new MeasureResult("education.pupil-premium.target-met", "Pupil Premium Plus for targets met",
                $"Of the money from the {label} grant committed against PEP targets since judged at a later PEP, the share whose target was met.",
                targetedAmount == 0 ? null : Math.Round(met.Sum(l => l.Amount) * 100 / targetedAmount, 1, MidpointRounding.AwayFromZero),
                Children(met).Count, Children(targeted).Count, MeasureUnits.Percent, Children(met)),
        ];
    }

    private static MeasureResult Money(string id, string name, string definition, decimal value, List<PupilPremiumLine> lines) =>
        new(id, name, definition, value, Children(lines).Count, 0, MeasureUnits.Pounds, Children(lines));

    private static List<int> Children(IEnumerable<PupilPremiumLine> lines) =>
        lines.Where(l => l.ChildId is not null).Select(l => l.ChildId!.Value).Distinct().Order().ToList();
}
