using System.Globalization;
using CoParent.Core.Audit;
using CoParent.Core.Children;
using CoParent.Core.Health;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Health;

/// <summary>
/// Health assessments, dental checks and questionnaires due in the next 4 weeks or overdue, soonest first, for the
/// children the signed-in person sees (their own as a social worker, their team's as a team manager, all as a manager).
/// </summary>
public sealed class DueModel(CoParentDbContext db, ChildAccessPolicy access, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    public const int LookAheadDays = 28;

    public sealed record Row(int ChildId, string ChildName, string What, DateOnly DueBy, bool Overdue);

    [BindProperty(SupportsGet = true, Name = "what")] public string? What { get; set; }
    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Overdue { get; private set; }
    public int Pages { get; private set; }
    public DateOnly Today { get; private set; }

    public static IReadOnlyList<(string Value, string Text)> Kinds { get; } =
    [
        ("", "Everything due"),
        (nameof(HealthDueKind.InitialAssessment), "Initial health assessments"),
        (nameof(HealthDueKind.ReviewAssessment), "Review health assessments"),
        (nameof(HealthDueKind.DentalCheck), "Dental checks"),
        (nameof(HealthDueKind.Sdq), "Strengths and Difficulties Questionnaires"),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var today = Today;
        var visible = access.VisibleChildren(User)
            .Where(c => c.Episodes.Any(e => e.Decom <= today && (e.Dec == null || e.Dec > today)));
        var names = await visible.AsNoTracking()
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).ToDictionaryAsync(c => c.Id, ct);
        var children = await HealthData.LoadAsync(db, visible.Select(c => c.Id), null, ct);
        HealthDueKind? only = Enum.TryParse<HealthDueKind>(What, out var k) && Enum.IsDefined(k) ? k : null;

        var rows = children
            .SelectMany(c => HealthTimetable.WhatIsDue(c, today).Select(d => (Child: c, Due: d)))
            .Where(x => x.Due.DueBy <= today.AddDays(LookAheadDays) && (only is null || x.Due.Kind == only))
            .OrderBy(x => x.Due.DueBy).ThenBy(x => x.Child.ChildId)
            .Select(x =>
            {
                var n = names[x.Child.ChildId];
                return new Row(x.Child.ChildId, Child.NameToShow(n.GivenName, n.FamilyName, n.PreferredName, n.PersonId),
                    x.Due.What, x.Due.DueBy, x.Due.IsOverdueOn(today));
            })
            .ToList();
        Total = rows.Count;
        Overdue = rows.Count(r => r.Overdue);
        Pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = rows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();

        await audit.RecordAsync("health.due.list", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"GET {Request.Path}", ct);
        return Page();
    }

    public string PageUrl(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/health",
        new Dictionary<string, string?> { ["what"] = What, ["pageNumber"] = page.ToString(CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrEmpty(p.Value)));
}
