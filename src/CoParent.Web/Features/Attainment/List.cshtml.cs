using System.Globalization;
using CoParent.Core.Children;
using CoParent.Core.Education;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Attainment;

/// <summary>
/// Attainment for an academic year across the children the user may see: each statutory measure for the DfE's
/// 12-month cohort with the comparison figures and the gap, and the children with their latest teacher judgements.
/// </summary>
public sealed class ListModel(CoParentDbContext db, ChildAccessPolicy policy, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(int ChildId, string Name, string LatestTerm, string Reading, string Writing, string Maths, string Results);

    public sealed record CohortRow(string Name, MeasureResult Ours, IReadOnlyDictionary<string, ComparisonFigure> Comparisons, MeasureResult? EssexGap);

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public int AcademicYear { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<CohortRow> Cohort { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pagination Pages { get; private set; } = null!;
    public int Total { get; private set; }

    public static readonly IReadOnlyList<string> Headers = ["Child", "Latest teacher assessment", "Reading", "Writing", "Maths", "Statutory results"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var latest = AttainmentMeasures.AcademicYearFor(new MeasurePeriod(today, today));
        Years = [latest + 1, latest, latest - 1, latest - 2];
        AcademicYear = Year is { } y && y >= 2000 && y <= latest + 1 ? y : latest;

        var visible = policy.EducationPupils(User);
        var year = AcademicYear;
        var withResults = visible.Where(c => db.StatutoryResults.Any(r => r.ChildId == c.Id && r.AcademicYear == year)).Select(c => c.Id);
        var pupils = await AttainmentData.LoadPupilsAsync(db, withResults, year, null, ct);
        var comparisons = await AttainmentData.ComparisonsAsync(db, year, ct);
        var measures = AttainmentMeasures.Statutory(pupils, year, comparisons).ToDictionary(m => m.Id);
        Cohort = AttainmentMeasures.Headlines.Select(h => new CohortRow(h.Name, measures[h.Id],
            comparisons.Where(c => c.MeasureId == h.Id).ToDictionary(c => c.Area), measures.GetValueOrDefault($"{h.Id}.gap.essex"))).ToList();

        var listed = visible.Where(c => db.TeacherAssessments.Any(a => a.ChildId == c.Id && a.AcademicYear >= year && a.AcademicYear <= year + 1)
                                        || db.StatutoryResults.Any(r => r.ChildId == c.Id && r.AcademicYear == year))
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id);
        var format = TableDownload.Format(Format);
        Total = await listed.CountAsync(ct);
        var pages = Pagination.PagesFor(Total, PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, pages);
        var page = format is null ? listed.Skip((PageNumber - 1) * PageSize).Take(PageSize) : listed;
        var children = await page.Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).ToListAsync(ct);
        var ids = children.Select(c => c.Id).ToList();
        var assessments = (await db.TeacherAssessments.AsNoTracking().Where(a => ids.Contains(a.ChildId) && a.AcademicYear >= year && a.AcademicYear <= year + 1)
            .Select(a => new { a.ChildId, a.AcademicYear, a.Term, a.Subject, a.Judgement, a.RecordedAt, a.Id }).ToListAsync(ct)).ToLookup(a => a.ChildId);
        var results = (await db.StatutoryResults.AsNoTracking().Where(r => ids.Contains(r.ChildId) && r.AcademicYear == year).ToListAsync(ct)).ToLookup(r => r.ChildId);
        Rows = children.Select(c =>
        {
            var mine = assessments[c.Id].ToList();
            var latestTerm = mine.Count == 0 ? (int?)null : mine.Max(a => TeacherAssessment.TermIndex(a.AcademicYear, a.Term));
            var inLatest = mine.Where(a => TeacherAssessment.TermIndex(a.AcademicYear, a.Term) == latestTerm).ToList();
            string Judged(AssessmentSubject s) => inLatest.Where(a => a.Subject == s).OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).LastOrDefault() is { } a
                ? TeacherAssessment.Describe(a.Judgement) : "Not assessed";
            var first = inLatest.FirstOrDefault();
            return new Row(c.Id, Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId),
                first is null ? "None" : AttainmentData.TermLabel(first.AcademicYear, first.Term),
                Judged(AssessmentSubject.Reading), Judged(AssessmentSubject.Writing), Judged(AssessmentSubject.Maths),
                string.Join("; ", results[c.Id].OrderBy(r => r.Assessment).Select(r => $"{StatutoryResult.Describe(r.Assessment)}: {AttainmentData.Summarise(r)}")) is { Length: > 0 } s ? s : "None");
        }).ToList();
        Pages = new Pagination(PageNumber, pages, n => $"/attainment?year={year}&pageNumber={n}");

        if (format is not null)
        {
            var table = new DownloadTable($"attainment-{SchoolYear.AcademicYearLabel(year)}", Headers,
                Rows.Select(r => (IReadOnlyList<string?>)[r.Name, r.LatestTerm, r.Reading, r.Writing, r.Maths, r.Results]).ToList());
            return TableDownload.File(table, format);
        }
        return Page();
    }

    public static string Show(decimal? value, string unit) => value is not { } v ? "No figure"
        : unit == MeasureUnits.Percent ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%"
        : unit == AttainmentMeasures.PercentagePoints ? v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " percentage points"
        : unit == AttainmentMeasures.Points ? v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " points"
        : v.ToString("0.0", CultureInfo.InvariantCulture);
}
