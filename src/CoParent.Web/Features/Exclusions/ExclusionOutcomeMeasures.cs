using CoParent.Core.Education;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Exclusions;

/// <summary>Outcome 6's exclusion measures: loads what <see cref="ExclusionMeasures"/> needs for the period, untracked and projected.</summary>
public sealed class ExclusionOutcomeMeasures : IOutcomeMeasures
{
    public string Section => "Virtual School: exclusions";

    public IReadOnlyList<int> Outcomes { get; } = [6];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        var from = period.From;
        var to = period.To;
        var roll = await db.SchoolEnrolments.AsNoTracking()
            .Where(e => e.From <= to && (e.To == null || e.To >= from)).Select(e => e.ChildId).Distinct().ToListAsync(ct);
        var exclusions = await db.Exclusions.AsNoTracking()
            .Where(e => e.StartDate >= from && e.StartDate <= to)
            .Select(e => new Exclusion { ChildId = e.ChildId, Kind = e.Kind, StartDate = e.StartDate, Decision = e.Decision })
            .ToListAsync(ct);
        var timetables = await db.PartTimeTimetables.AsNoTracking()
            .Where(t => t.StartDate <= to && (t.EndDate == null || t.EndDate >= from))
            .Select(t => new PartTimeTimetable { ChildId = t.ChildId, StartDate = t.StartDate, EndDate = t.EndDate, ReviewDate = t.ReviewDate })
            .ToListAsync(ct);
        var missing = await db.MissingEducationEpisodes.AsNoTracking()
            .Where(m => m.From <= to && (m.To == null || m.To >= to))
            .Select(m => new MissingEducationEpisode { ChildId = m.ChildId, From = m.From, To = m.To })
            .ToListAsync(ct);
        return ExclusionMeasures.Calculate(period, roll, exclusions, timetables, missing);
    }
}
