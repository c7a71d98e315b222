using System.Globalization;
using CoParent.Core.Children;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Exclusions;

/// <summary>
/// The Virtual School's lists, for the children whose education record the reader may see: children excluded in a
/// period, part-time timetables whose review is overdue, and children missing education today. Each downloads as CSV or XLSX.
/// </summary>
public sealed class ExclusionListModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public sealed record ExcludedRow(int ChildId, string ChildName, DateOnly StartDate, string Kind, decimal? Days, string Reason, string? School);
    public sealed record TimetableRow(int ChildId, string ChildName, DateOnly StartDate, DateOnly ReviewDate, decimal HoursPerWeek);
    public sealed record MissingRow(int ChildId, string ChildName, DateOnly From, string Reason);

    [FromQuery(Name = "from")] public string? FromText { get; set; }
    [FromQuery(Name = "to")] public string? ToText { get; set; }
    [FromQuery(Name = "list")] public string? List { get; set; }
    [FromQuery(Name = "format")] public string? Format { get; set; }

    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string? DateError { get; private set; }
    public IReadOnlyList<ExcludedRow> Excluded { get; private set; } = [];
    public IReadOnlyList<TimetableRow> OverdueReviews { get; private set; } = [];
    public IReadOnlyList<MissingRow> MissingEducation { get; private set; } = [];

    public const string ExclusionsList = "exclusions";
    public const string TimetablesList = "timetables";
    public const string MissingList = "missing";

    public static readonly IReadOnlyList<(string Key, string Label)> Lists =
    [
        (ExclusionsList, "Children excluded"), (TimetablesList, "Part-time timetables with the review overdue"), (MissingList, "Children missing education today"),
    ];

    /// <summary>The list shown (and downloaded): the exclusions in the period unless list= names another.</summary>
    public string CurrentList => List is TimetablesList or MissingList ? List : ExclusionsList;

    /// <summary>The period, kept when moving between the lists.</summary>
    public string Query => $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = ExclusionRecord.Today(clock);
        // The academic year so far, unless the reader picks dates.
        From = SchoolYear.AcademicYearStart(SchoolYear.AcademicYearStarting(today));
        To = today;
        if (!string.IsNullOrWhiteSpace(FromText) || !string.IsNullOrWhiteSpace(ToText))
        {
            if (AsAtDate.TryParseIso(FromText, out var from) && AsAtDate.TryParseIso(ToText, out var to) && from <= to)
            {
                (From, To) = (from, to);
            }
            else
            {
                DateError = "Enter the period as two real dates, the first no later than the second, like 2026-09-01 and 2026-11-23";
            }
        }
        var pupils = access.EducationPupils(User).Select(c => c.Id);

        if (CurrentList == ExclusionsList) await LoadExcludedAsync(pupils, ct);
        else if (CurrentList == TimetablesList) await LoadOverdueReviewsAsync(pupils, today, ct);
        else await LoadMissingEducationAsync(pupils, today, ct);
        return TableDownload.Format(Format) is { } format ? TableDownload.File(Download(), format) : Page();
    }

    private async Task LoadExcludedAsync(IQueryable<int> pupils, CancellationToken ct)
    {
        var (from2, to2) = (From, To);
        var excluded = await db.Exclusions.AsNoTracking()
            .Where(e => pupils.Contains(e.ChildId) && e.Decision == ExclusionDecision.Upheld && e.StartDate >= from2 && e.StartDate <= to2)
            .OrderByDescending(e => e.StartDate)
            .Select(e => new { e.ChildId, e.Child!.GivenName, e.Child.FamilyName, e.Child.PreferredName, e.Child.PersonId, e.StartDate, e.Kind, e.SessionsLost, e.Reason,
                School = db.Schools.Where(s => s.Id == e.SchoolId).Select(s => s.Name).FirstOrDefault() })
            .ToListAsync(ct);
        Excluded = excluded.Select(e => new ExcludedRow(e.ChildId, Child.NameToShow(e.GivenName, e.FamilyName, e.PreferredName, e.PersonId), e.StartDate,
            e.Kind == ExclusionKind.Permanent ? "Permanent exclusion" : "Suspension", e.SessionsLost is { } s ? s / 2m : null, ExclusionReasons.Describe(e.Reason), e.School)).ToList();
    }

    private async Task LoadOverdueReviewsAsync(IQueryable<int> pupils, DateOnly today, CancellationToken ct)
    {
        var timetables = await db.PartTimeTimetables.AsNoTracking()
            .Where(t => pupils.Contains(t.ChildId) && t.StartDate <= today && (t.EndDate == null || t.EndDate >= today) && t.ReviewDate < today)
            .OrderBy(t => t.ReviewDate)
            .Select(t => new { t.ChildId, t.Child!.GivenName, t.Child.FamilyName, t.Child.PreferredName, t.Child.PersonId, t.StartDate, t.ReviewDate, t.HoursPerWeek })
            .ToListAsync(ct);
        OverdueReviews = timetables.Select(t => new TimetableRow(t.ChildId, Child.NameToShow(t.GivenName, t.FamilyName, t.PreferredName, t.PersonId),
            t.StartDate, t.ReviewDate, t.HoursPerWeek)).ToList();
    }

    private async Task LoadMissingEducationAsync(IQueryable<int> pupils, DateOnly today, CancellationToken ct)
    {
        var missing = await db.MissingEducationEpisodes.AsNoTracking()
            .Where(m => pupils.Contains(m.ChildId) && m.From <= today && (m.To == null || m.To >= today))
            .OrderBy(m => m.From)
            .Select(m => new { m.ChildId, m.Child!.GivenName, m.Child.FamilyName, m.Child.PreferredName, m.Child.PersonId, m.From, m.Reason })
            .ToListAsync(ct);
        MissingEducation = missing.Select(m => new MissingRow(m.ChildId, Child.NameToShow(m.GivenName, m.FamilyName, m.PreferredName, m.PersonId),
            m.From, MissingEducationEpisode.Describe(m.Reason))).ToList();
    }

    /// <summary>The list asked for, with exactly the columns the page shows.</summary>
    private DownloadTable Download() => CurrentList switch
    {
        TimetablesList => new DownloadTable("part-time-timetables-review-overdue",
            ["Child", "On timetable from", "Review was due", "Hours a week"],
            OverdueReviews.Select(r => (IReadOnlyList<string?>)[r.ChildName, Iso(r.StartDate), Iso(r.ReviewDate), r.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture)]).ToList()),
        MissingList => new DownloadTable("children-missing-education",
            ["Child", "Missing education since", "Reason"],
            MissingEducation.Select(r => (IReadOnlyList<string?>)[r.ChildName, Iso(r.From), r.Reason]).ToList()),
        _ => new DownloadTable($"exclusions-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}",
            ["Child", "Start date", "Kind", "School days", "Reason", "School"],
            Excluded.Select(r => (IReadOnlyList<string?>)[r.ChildName, Iso(r.StartDate), r.Kind, ExclusionRecord.ShowDays(r.Days), r.Reason, r.School]).ToList()),
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
