using CoParent.Core.Education;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Outcomes;

namespace CoParent.Web.Features.Attainment;

/// <summary>
/// Outcome 6's "key stage attainment of the Virtual School compared to Essex-wide": the statutory results of the
/// latest academic year ended by the period's last day (<see cref="AttainmentMeasures.AcademicYearFor"/>) with their
/// gaps, and the termly progress at the period's end. Loads only children in care in that year or at the period's end.
/// </summary>
public sealed class AttainmentOutcomeMeasures(CareHistories care) : IOutcomeMeasures
{
    public string Section => "Virtual School: attainment";

    public IReadOnlyList<int> Outcomes { get; } = [6];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        var year = AttainmentMeasures.AcademicYearFor(period);
        var cohortDate = AttainmentMeasures.CohortDate(year);
        var end = period.To;
        var (termYear, _) = TeacherAssessment.TermOf(end);
        // Only children who could be in either cohort: in care on 31 March of the results year or on the period's last day,
        // and with a result or a teacher assessment to count.
        var ids = db.CareEpisodes
            .Where(e => (e.Decom <= cohortDate && (e.Dec == null || e.Dec > cohortDate)) || (e.Decom <= end && (e.Dec == null || e.Dec > end)))
            .Where(e => db.StatutoryResults.Any(r => r.ChildId == e.ChildId && r.AcademicYear == year)
                        || db.TeacherAssessments.Any(a => a.ChildId == e.ChildId && a.AcademicYear >= termYear - 1))
            .Select(e => e.ChildId).Distinct();
        var pupils = await AttainmentData.LoadPupilsAsync(db, ids, year, termYear - 1, ct, await care.ByChildAsync(ct));
        var comparisons = await AttainmentData.ComparisonsAsync(db, year, ct);
        return [.. AttainmentMeasures.Statutory(pupils, year, comparisons), .. AttainmentMeasures.Progress(pupils, period)];
    }
}
