using System.Globalization;
using CoParent.Core.Children;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.PupilPremium;

/// <summary>
/// The Pupil Premium Plus overview for a financial year: the grant, what is committed to schools and held centrally,
/// spent and left, per school and per child. Each person sees the children whose education record they may; a
/// designated teacher sees their own school's money only, and not the council's grant.
/// </summary>
public sealed class IndexModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public const int RowsShown = 200;

    public sealed record SchoolRow(string School, int Children, decimal Committed, decimal Spent)
    {
        public decimal Unspent => Committed - Spent;
    }

    public sealed record ChildRow(int ChildId, string Name, string School, decimal Committed, decimal Spent)
    {
        public decimal Unspent => Committed - Spent;
    }

    public int Year { get; private set; }
    public int ThisYear { get; private set; }
    public string YearLabel => FinancialYear.Label(Year);
    public bool ShowsGrant { get; private set; }
    public decimal? Rate { get; private set; }
    public int EligibleChildren { get; private set; }
    public decimal? Grant => Rate * EligibleChildren;
    public decimal PassedToSchools { get; private set; }
    public decimal HeldCentrally { get; private set; }
    public decimal Spent { get; private set; }
    public decimal? Balance => Grant - PassedToSchools - HeldCentrally;
    public IReadOnlyList<SchoolRow> Schools { get; private set; } = [];
    public IReadOnlyList<ChildRow> Children { get; private set; } = [];

    private sealed record Line(int? ChildId, string? Name, PupilPremiumAllocationKind Kind, decimal Amount, string? School, DateOnly CommittedOn, decimal? Spent);

    public async Task<IActionResult> OnGetAsync(int? year, string? format, string? table, CancellationToken ct)
    {
        ThisYear = FinancialYear.Containing(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        Year = year is >= 2000 and <= 2100 ? year.Value : ThisYear;
        var onlySchool = PupilPremiumData.OnlySchool(User);
        ShowsGrant = onlySchool is null;

        var allocations = db.PupilPremiumAllocations.AsNoTracking().Where(a => a.FinancialYear == Year);
        var forChildren = allocations.Where(a => a.ChildId != null);
        if (!ChildAccessPolicy.SeesEveryChild(User))
        {
            var pupils = access.EducationPupils(User).Select(c => c.Id);
            forChildren = forChildren.Where(a => pupils.Contains(a.ChildId!.Value));
        }
        if (onlySchool is not null) forChildren = forChildren.Where(a => a.SchoolId == onlySchool);
        var lines = await (from a in forChildren
                           join c in db.Children on a.ChildId equals c.Id
                           select new Line(a.ChildId, Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId), a.Kind, a.Amount,
                               a.School == null ? null : a.School.Name, a.CommittedOn, a.SpentAmount)).ToListAsync(ct);
        if (onlySchool is null)
        {
            // The central pool belongs to no child: the Virtual School's own interventions, shown in the totals.
            lines.AddRange(await allocations.Where(a => a.ChildId == null)
                .Select(a => new Line(null, null, a.Kind, a.Amount, null, a.CommittedOn, a.SpentAmount)).ToListAsync(ct));
            Rate = await PupilPremiumData.RateAsync(db, Year, ct);
            EligibleChildren = await PupilPremiumData.EligibleChildrenAsync(db, Year, ct);
        }

        PassedToSchools = lines.Where(l => l.Kind == PupilPremiumAllocationKind.PassedToSchool).Sum(l => l.Amount);
        HeldCentrally = lines.Where(l => l.Kind == PupilPremiumAllocationKind.HeldCentrally).Sum(l => l.Amount);
        Spent = lines.Sum(l => l.Spent ?? 0);
        Schools = [.. lines.Where(l => l.School is not null).GroupBy(l => l.School!)
            .Select(g => new SchoolRow(g.Key, g.Select(l => l.ChildId).Distinct().Count(), g.Sum(l => l.Amount), g.Sum(l => l.Spent ?? 0)))
            .OrderBy(s => s.School, StringComparer.OrdinalIgnoreCase)];
        Children = [.. lines.Where(l => l.ChildId is not null).GroupBy(l => l.ChildId!.Value)
            .Select(g => new ChildRow(g.Key, g.First().Name ?? "", g.OrderBy(l => l.CommittedOn).LastOrDefault(l => l.School is not null)?.School ?? "Held centrally",
                g.Sum(l => l.Amount), g.Sum(l => l.Spent ?? 0)))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.ChildId)];

        if (TableDownload.Format(format) is { } chosen)
        {
            return TableDownload.File(table == "schools" ? SchoolsTable() : ChildrenTable(), chosen);
        }
        return Page();
    }

    private static string Pounds(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private DownloadTable SchoolsTable() => new($"pupil-premium-plus-{YearLabel}-schools",
        ["School", "Children", "Passed to school (£)", "Spent (£)", "Not yet spent (£)"],
        [.. Schools.Select(s => (IReadOnlyList<string?>)[s.School, s.Children.ToString(CultureInfo.InvariantCulture), Pounds(s.Committed), Pounds(s.Spent), Pounds(s.Unspent)])]);

    private DownloadTable ChildrenTable() => new($"pupil-premium-plus-{YearLabel}-children",
        ["Child", "School", "Committed (£)", "Spent (£)", "Not yet spent (£)"],
        [.. Children.Select(c => (IReadOnlyList<string?>)[c.Name, c.School, Pounds(c.Committed), Pounds(c.Spent), Pounds(c.Unspent)])]);
}
