using CoParent.Core.Education;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Data.Education;
using CoParent.Web.Features.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Attendance;

/// <summary>Outcome 6's attendance figures: sessions counted per child and code in the database (GROUP BY), then <see cref="AttendanceMeasures"/>.</summary>
public sealed class AttendanceOutcomeMeasures : IOutcomeMeasures
{
    public string Section => "Virtual School: attendance";

    public IReadOnlyList<int> Outcomes { get; } = [6];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        var summaries = await AttendanceQueries.SummariesAsync(db, period.From, period.To, null, ct);
        var births = await db.Children.AsNoTracking().Select(c => new { c.Id, c.DateOfBirth }).ToListAsync(ct);
        return AttendanceMeasures.Calculate(
            births.Where(b => summaries.ContainsKey(b.Id)).Select(b => new PupilAttendance(b.Id, b.DateOfBirth, summaries[b.Id])), period);
    }
}
