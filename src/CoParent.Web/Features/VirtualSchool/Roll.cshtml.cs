using System.Globalization;
using CoParent.Core.Access;
using CoParent.Core.Children;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.VirtualSchool;

/// <summary>
/// The Virtual School's roll: the children in care it looks after, with filters, and the other cohorts counted (and
/// previously looked-after children and care leavers in education listed). A designated teacher sees their own pupils.
/// </summary>
public sealed class RollModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock, RollSettings settings) : PageModel
{
    public const string InCareTab = "in-care";
    public const string PreviouslyLookedAfterTab = "previously-looked-after";
    public const string CareLeaversTab = "care-leavers";

    [BindProperty(SupportsGet = true)] public string? Cohort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Officer { get; set; }
    [BindProperty(SupportsGet = true)] public int? School { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sen { get; set; }
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public bool NoSchool { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public List<RollRow> Rows { get; private set; } = [];
    public List<(int Id, string Name, DateOnly DateOfBirth)> Others { get; private set; } = [];
    public int InCareCount { get; private set; }
    public int PreviouslyLookedAfterCount { get; private set; }
    public int? WithSocialWorkerCount { get; private set; }
    public int CareLeaversCount { get; private set; }
    public List<(string Id, string Name)> Officers { get; private set; } = [];
    public List<(int Id, string Name)> Schools { get; private set; } = [];
    public bool IsDesignatedTeacher { get; private set; }
    public DateOnly Today { get; private set; }

    public string Tab => Cohort is PreviouslyLookedAfterTab or CareLeaversTab ? Cohort : InCareTab;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        IsDesignatedTeacher = !ChildAccessPolicy.RecordRoles.Any(User.IsInRole);
        var pupils = access.EducationPupils(User);
        var all = await RollQuery.InCareAsync(db, pupils, Today, settings.LaNumber, ct);
        InCareCount = all.Count;
        Officers = [.. all.Where(r => r.OfficerId is not null).Select(r => (r.OfficerId!, r.Officer ?? "")).Distinct().OrderBy(o => o.Item2, StringComparer.OrdinalIgnoreCase)];
        Schools = [.. all.Where(r => r.SchoolId is not null).Select(r => (r.SchoolId!.Value, r.SchoolName ?? "")).Distinct().OrderBy(s => s.Item2, StringComparer.OrdinalIgnoreCase)];
        if (!IsDesignatedTeacher)
        {
            PreviouslyLookedAfterCount = await RollQuery.PreviouslyLookedAfter(pupils, Today).CountAsync(ct);
            CareLeaversCount = await RollQuery.CareLeaversInEducation(db, pupils, Today).CountAsync(ct);
            // Children with a social worker are not on any worker's Virtual School caseload: the Head and managers see the count.
            if (ChildAccessPolicy.SeesEveryChild(User)) WithSocialWorkerCount = await RollQuery.WithSocialWorker(db, db.Children, Today).CountAsync(ct);
        }

        if (Tab == InCareTab || IsDesignatedTeacher)
        {
            Rows = Filter(all);
        }
        else
        {
            var query = Tab == PreviouslyLookedAfterTab ? RollQuery.PreviouslyLookedAfter(pupils, Today) : RollQuery.CareLeaversInEducation(db, pupils, Today);
            Others = [.. (await query.AsNoTracking()
                    .Select(c => new { c.Id, Name = Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId), c.DateOfBirth })
                    .ToListAsync(ct))
                .Select(c => (c.Id, c.Name, c.DateOfBirth)).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
        }

        if (TableDownload.Format(Format) is { } format) return TableDownload.File(Download(), format);
        return Page();
    }

    private List<RollRow> Filter(List<RollRow> rows)
    {
        IEnumerable<RollRow> shown = rows;
        var officer = Officer == "me" ? User.Id() : Officer;
        if (officer == "none") shown = shown.Where(r => r.OfficerId is null);
        else if (!string.IsNullOrEmpty(officer)) shown = shown.Where(r => r.OfficerId == officer);
        if (School is { } school) shown = shown.Where(r => r.SchoolId == school);
        if (Year is { } year) shown = shown.Where(r => r.YearGroup == year);
        if (Enum.TryParse<SenProvision>(Sen, out var sen) && Enum.IsDefined(sen)) shown = shown.Where(r => r.Sen == sen);
        if (Area == "in") shown = shown.Where(r => r.HasSchool && !r.OutOfArea);
        else if (Area == "out") shown = shown.Where(r => r.OutOfArea);
        if (NoSchool) shown = shown.Where(r => !r.HasSchool);
        return shown.ToList();
    }

    private DownloadTable Download()
    {
        if (Tab != InCareTab && !IsDesignatedTeacher)
        {
            return new DownloadTable($"virtual-school-{Tab}", ["Name", "Date of birth"],
                [.. Others.Select(o => (IReadOnlyList<string?>)[o.Name, Choices.ShowDate(o.DateOfBirth)])]);
        }
        return new DownloadTable("virtual-school-roll", Headers,
            [.. Rows.Select(r => (IReadOnlyList<string?>)[r.Name, RollCohorts.YearGroupLabel(r.YearGroup), r.Urn, r.SchoolName,
                r.Phase is { } p ? SchoolsCsv.Label(p) : null, r.LaName, r.HasSchool ? (r.OutOfArea ? "Out of area" : "In area") : null,
                RollCohorts.Label(r.Sen), r.DesignatedTeacher, r.Officer])]);
    }

    public static readonly IReadOnlyList<string> Headers =
        ["Name", "Year group", "URN", "School", "Phase", "Local authority", "Area", "SEN", "Designated teacher", "Virtual School officer"];
}
