using System.Security.Claims;
using CoParent.Core.Access;
using CoParent.Core.Allocations;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Allocations;

/// <summary>What one of the page's two forms posts: the worker chosen and the date they take over.</summary>
public sealed class AllocationInput
{
    public string? WorkerId { get; set; }
    public DateInput From { get; set; } = new();
}

/// <summary>
/// The child's social worker and IRO allocations, and reallocation: the new worker takes over on a date and the
/// current allocation ends the day before, so access (which follows allocations on today's date) moves with it.
/// </summary>
[EditsChildRecord]
[Authorize(Policy = Policies.Allocate)]
public sealed class AllocationsModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Someone else changed this record while you were editing it. The page now shows their changes: check them and allocate again";
    public const string SocialWorkerForm = "social-worker";
    public const string IroForm = "iro";
    public const string PersonalAdviserForm = "personal-adviser";

    public sealed record Row(string Role, string Worker, string? Team, DateOnly From, DateOnly? To, bool IsCurrent);

    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public string? Allocate { get; set; }
    [BindProperty] public AllocationInput SocialWorker { get; set; } = new();
    [BindProperty] public AllocationInput Iro { get; set; } = new();
    [BindProperty] public AllocationInput PersonalAdviser { get; set; } = new();

    public string ChildName { get; private set; } = "";
    public IReadOnlyList<Row> History { get; private set; } = [];
    public IReadOnlyList<(string Value, string Text)> SocialWorkers { get; private set; } = [];
    public IReadOnlyList<(string Value, string Text)> Iros { get; private set; } = [];
    public IReadOnlyList<(string Value, string Text)> PersonalAdvisers { get; private set; } = [];

    /// <summary>Whether the user's role may reallocate at all; which children is still ChildAccessPolicy's call.</summary>
    public static bool MayAllocate(ClaimsPrincipal user) => user.IsInRole(Roles.TeamManager) || user.IsInRole(Roles.Manager);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null) return NotFound();
        ChildName = child.DisplayName;
        Version = child.Version;
        SocialWorker.From = DateInput.From(Today);
        Iro.From = DateInput.From(Today);
        PersonalAdviser.From = DateInput.From(Today);
        await LoadAsync(childId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        var child = await db.Children.Include(c => c.Allocations).SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null) return NotFound();
        ChildName = child.DisplayName;
        await LoadAsync(childId, ct);

        if (child.Version != Version) return await ConflictAsync(childId, ct);

        var (role, key, input, choices) = Allocate switch
        {
            IroForm => (AllocationRole.IndependentReviewingOfficer, nameof(Iro), Iro, Iros),
            PersonalAdviserForm => (AllocationRole.PersonalAdviser, nameof(PersonalAdviser), PersonalAdviser, PersonalAdvisers),
            _ => (AllocationRole.SocialWorker, nameof(SocialWorker), SocialWorker, SocialWorkers),
        };
        var today = Today;
        var workerKey = $"{key}.{nameof(AllocationInput.WorkerId)}";
        var dateKey = $"{key}.{nameof(AllocationInput.From)}";
        var workerId = Choices.Clean(input.WorkerId);
        var current = child.Allocations.Where(a => a.Role == role && (a.To is null || a.To >= today))
            .OrderByDescending(a => a.From).FirstOrDefault();

        if (workerId is null)
            ModelState.AddModelError(workerKey, $"Select {Article(role)} {Describe(role).ToLowerInvariant()}");
        else if (choices.All(c => c.Value != workerId))
            ModelState.AddModelError(workerKey, role == AllocationRole.SocialWorker && !User.IsInRole(Roles.Manager)
                ? "Select a social worker in your team"
                : "Select a name from the list");
        else if (current?.UserId == workerId)
            ModelState.AddModelError(workerKey, $"This {Describe(role).ToLowerInvariant()} is already allocated to the child: select another");

        var from = input.From.Validate(ModelState, dateKey, "the date the allocation starts");
        if (from is { } date)
        {
            if (current is not null && date < current.From)
                ModelState.AddModelError(dateKey, $"The date must be on or after {Choices.ShowDate(current.From)}, when the current allocation started");
            else if (date > today)
                ModelState.AddModelError(dateKey, "The date the allocation starts must be today or in the past");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var starts = from!.Value;
        foreach (var open in child.Allocations.Where(a => a.Role == role && (a.To is null || a.To >= starts)).ToList())
        {
            // An allocation starting the same day never took effect: it is replaced rather than left ending before it began.
            if (open.From >= starts) db.Allocations.Remove(open);
            else open.To = starts.AddDays(-1);
        }
        // The team holds the child through its social worker; an IRO is independent of the child's team.
        var team = role == AllocationRole.SocialWorker
            ? await db.Users.Where(u => u.Id == workerId).Select(u => u.TeamId).SingleOrDefaultAsync(ct)
            : null;
        child.Allocations.Add(new Allocation { Role = role, UserId = workerId!, TeamId = team, From = starts });

        if (!await db.SaveIfUnchangedAsync(child, Version, ct)) return await ConflictAsync(childId, ct);
        await audit.RecordAsync(role switch
            {
                AllocationRole.SocialWorker => "allocation.social-worker",
                AllocationRole.PersonalAdviser => "allocation.personal-adviser",
                _ => "allocation.iro",
            },
            AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/allocations");
    }

    private async Task<IActionResult> ConflictAsync(int childId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Version = await db.Children.Where(c => c.Id == childId).Select(c => c.Version).SingleAsync(ct);
        await LoadAsync(childId, ct);
        ModelState.Clear();
        ModelState.AddModelError("", ConflictMessage);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task LoadAsync(int childId, CancellationToken ct)
    {
        var today = Today;
        var allocations = await db.Allocations.AsNoTracking().Where(a => a.ChildId == childId)
            .Select(a => new { a.Id, a.Role, a.UserId, a.From, a.To, Team = a.Team == null ? null : a.Team.Name })
            .ToListAsync(ct);
        var userIds = allocations.Select(a => a.UserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        History = allocations
            .OrderByDescending(a => a.From).ThenByDescending(a => a.Id)
            .Select(a => new Row(
                Describe(a.Role),
                names.GetValueOrDefault(a.UserId) ?? "Not known", a.Team, a.From, a.To,
                a.From <= today && (a.To is null || a.To >= today)))
            .ToList();

        // A team manager allocates within their own team; a manager across the council.
        int? team = User.IsInRole(Roles.Manager) ? null : User.TeamId() ?? -1;
        SocialWorkers = await WorkersAsync(Roles.SocialWorker, team, ct);
        Iros = await WorkersAsync(Roles.Iro, null, ct);
        PersonalAdvisers = await WorkersAsync(Roles.PersonalAdviser, null, ct);
    }

    public static string Describe(AllocationRole role) => role switch
    {
        AllocationRole.SocialWorker => "Social worker",
        AllocationRole.PersonalAdviser => "Personal adviser",
        _ => "Independent reviewing officer",
    };

    private static string Article(AllocationRole role) => role == AllocationRole.IndependentReviewingOfficer ? "an" : "a";

    private async Task<IReadOnlyList<(string Value, string Text)>> WorkersAsync(string role, int? team, CancellationToken ct)
    {
        var workers = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == role && (team == null || u.TeamId == team)
            orderby u.DisplayName
            select new { u.Id, u.DisplayName, Team = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return [("", "Select"), .. workers.Select(w => (w.Id, w.Team is null ? w.DisplayName : $"{w.DisplayName} ({w.Team})"))];
    }
}
