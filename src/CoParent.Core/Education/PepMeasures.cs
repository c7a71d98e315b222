using CoParent.Core.Measures;

namespace CoParent.Core.Education;

/// <summary>
/// The Virtual School's PEP figures for a period (statutory guidance "Promoting the education of looked-after
/// children", 2018; measures.md §8): PEPs due, overdue at the period's end, completed in time, and how the Virtual
/// School rated those approved in the period.
/// </summary>
public static class PepMeasures
{
    public static IReadOnlyList<MeasureResult> Calculate(IEnumerable<PepChild> children, MeasurePeriod period, IReadOnlyList<PepDeadline> deadlines)
    {
        var all = children as IReadOnlyList<PepChild> ?? children.ToList();
        var due = all.SelectMany(c => PepTimeliness.Due(c, period.From, period.To, deadlines)).ToList();
        var dueChildren = due.Select(d => d.ChildId).Distinct().Order().ToList();
        var overdueChildren = due.Where(d => d.IsOverdueOn(period.To)).Select(d => d.ChildId).Distinct().Order().ToList();
        var inTime = due.Where(d => d.CompletedInTime).ToList();
        var rated = all.SelectMany(c => c.Peps.Where(p => p.ApprovedOn >= period.From && p.ApprovedOn <= period.To && p.Rating is not null)
            .Select(p => (c.ChildId, Rating: p.Rating!.Value))).ToList();

        var measures = new List<MeasureResult>
        {
            new("education.peps.due", "PEPs due", "Children in care from the academic year of their third birthday to the end of Year 13 with a PEP due in the period: " +
                "the first by the first review (20 working days after entering care), a new one within 10 working days of a change of school, and one each term by the Virtual School's deadline.",
                dueChildren.Count, dueChildren.Count, 0, MeasureUnits.Children, dueChildren),
            new("education.peps.overdue", "PEPs overdue", "Children with a PEP due in the period that had not been approved by the Virtual School by the period's last day.",
                overdueChildren.Count, overdueChildren.Count, 0, MeasureUnits.Children, overdueChildren),
            Percent("education.peps.in-time", "PEPs completed in time", "PEPs due in the period that the Virtual School approved on or before their due date, out of all PEPs due in the period.",
                inTime.Count, due.Count, inTime.Select(d => d.ChildId)),
        };
        foreach (var rating in new[] { PepRating.Green, PepRating.Amber, PepRating.Red })
        {
            var these = rated.Where(r => r.Rating == rating).ToList();
            var name = rating.ToString().ToLowerInvariant();
            measures.Add(Percent($"education.peps.rated-{name}", $"PEPs rated {name}", $"PEPs approved in the period that the Virtual School's quality assurance rated {name}, out of all PEPs approved and rated in the period.",
                these.Count, rated.Count, these.Select(r => r.ChildId)));
        }
        return measures;
    }

    private static MeasureResult Percent(string id, string name, string definition, int numerator, int denominator, IEnumerable<int> childIds) =>
        new(id, name, definition, denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1), numerator, denominator, MeasureUnits.Percent,
            [.. childIds.Distinct().Order()]);
}
