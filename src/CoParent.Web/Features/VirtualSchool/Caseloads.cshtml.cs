using CoParent.Core.Access;
using CoParent.Core.Allocations;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.Identity;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.VirtualSchool;

/// <summary>
/// The Virtual School Head shares the children in care among the officers: counts per officer, who has none, and moving
/// children from one officer to another (the old allocation's last day is yesterday, the new one starts today, so exactly
/// one officer holds each child on any day, as the social work allocations do).
/// </summary>
[Authorize(Roles = Allocators)]
public sealed class CaseloadsModel(CoParentDbContext db, UserManager<CoParentUser> users, AuditLog audit, TimeProvider clock, RollSettings settings) : PageModel
{
    public const string Allocators = Roles.VirtualSchoolHead + "," + Roles.Manager;

    [BindProperty] public string? OfficerId { get; set; }
    [BindProperty] public List<int> ChildIds { get; set; } = [];

    public List<(string Id, string Name, int Count)> Officers { get; private set; } = [];
    public List<RollRow> Unallocated { get; private set; } = [];
    public string? Saved { get; private set; }

    /// <summary>The officer whose children are offered for reassignment (?from=), and their children on the roll.</summary>
    [BindProperty(SupportsGet = true, Name = "from")] public string? FromOfficerId { get; set; }
    [BindProperty] public string? ToOfficerId { get; set; }
    [BindProperty] public List<int> ReassignChildIds { get; set; } = [];
    public string? FromOfficerName { get; private set; }
    public List<RollRow> FromCaseload { get; private set; } = [];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task OnGetAsync(int? saved, int? moved, CancellationToken ct)
    {
        if (saved is > 0) Saved = saved == 1 ? "1 child allocated" : $"{saved} children allocated";
        if (moved is > 0) Saved = moved == 1 ? "1 child reassigned" : $"{moved} children reassigned";
        await LoadAsync(ct);
    }

    /// <summary>Moves the chosen children from the officer in ?from= to another officer.</summary>
    public async Task<IActionResult> OnPostReassignAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (FromOfficerName is null)
        {
            ModelState.AddModelError(nameof(FromOfficerId), "Select the officer whose children are moving");
        }
        if (string.IsNullOrEmpty(ToOfficerId) || Officers.All(o => o.Id != ToOfficerId))
        {
            ModelState.AddModelError(nameof(ToOfficerId), "Select the Virtual School officer to reassign to");
        }
        else if (ToOfficerId == FromOfficerId)
        {
            ModelState.AddModelError(nameof(ToOfficerId), "Select a different officer from the one the children are moving from");
        }
        if (ReassignChildIds.Count == 0) ModelState.AddModelError(nameof(ReassignChildIds), "Select at least one child to reassign");
        else if (FromOfficerName is not null && ReassignChildIds.Any(id => FromCaseload.All(r => r.ChildId != id)))
        {
            ModelState.AddModelError(nameof(ReassignChildIds), $"Select only children on {FromOfficerName}'s caseload");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var count = await AllocateAsync(db, ToOfficerId!, ReassignChildIds, Today, ct);
        await audit.RecordManyAsync("education.caseload.reassign", AuditOutcome.Allowed, User.Id(), User.UserName(),
            ReassignChildIds.Distinct().Select(id => (int?)id), $"POST {Request.Path}", ct);
        return Redirect($"/virtual-school/caseloads?moved={count}");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (string.IsNullOrEmpty(OfficerId) || Officers.All(o => o.Id != OfficerId)) ModelState.AddModelError(nameof(OfficerId), "Select the Virtual School officer to allocate to");
        if (ChildIds.Count == 0) ModelState.AddModelError(nameof(ChildIds), "Select at least one child to allocate");
        var roll = (await RollQuery.InCareAsync(db, db.Children, Today, settings.LaNumber, ct)).Select(r => r.ChildId).ToHashSet();
        if (ChildIds.Any(id => !roll.Contains(id))) ModelState.AddModelError(nameof(ChildIds), "Select children on the roll only");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var count = await AllocateAsync(db, OfficerId!, ChildIds, Today, ct);
        await audit.RecordManyAsync("education.caseload.allocate", AuditOutcome.Allowed, User.Id(), User.UserName(),
            ChildIds.Distinct().Select(id => (int?)id), $"POST {Request.Path}", ct);
        return Redirect($"/virtual-school/caseloads?saved={count}");
    }

    /// <summary>Ends each child's current officer allocation yesterday and starts the new one today.</summary>
    public static async Task<int> AllocateAsync(CoParentDbContext db, string officerId, IReadOnlyCollection<int> childIds, DateOnly today, CancellationToken ct)
    {
        var ids = childIds.Distinct().ToList();
        var current = await db.Allocations.Where(a => ids.Contains(a.ChildId) && a.Role == AllocationRole.VirtualSchoolOfficer && (a.To == null || a.To >= today)).ToListAsync(ct);
        var already = current.Where(a => a.UserId == officerId).Select(a => a.ChildId).ToHashSet();
        foreach (var allocation in current.Where(a => a.UserId != officerId))
        {
            if (allocation.From >= today) db.Allocations.Remove(allocation);
            else allocation.To = today.AddDays(-1);
        }
        foreach (var childId in ids.Where(id => !already.Contains(id)))
        {
            db.Allocations.Add(new Allocation { ChildId = childId, Role = AllocationRole.VirtualSchoolOfficer, UserId = officerId, From = today });
        }
        await db.SaveChangesAsync(ct);
        return ids.Count;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var roll = await RollQuery.InCareAsync(db, db.Children, Today, settings.LaNumber, ct);
        var counts = roll.Where(r => r.OfficerId is not null).GroupBy(r => r.OfficerId!).ToDictionary(g => g.Key, g => g.Count());
        Officers = [.. (await users.GetUsersInRoleAsync(Roles.VirtualSchoolOfficer))
            .Select(u => (u.Id, u.DisplayName, counts.GetValueOrDefault(u.Id)))
            .OrderBy(o => o.DisplayName, StringComparer.OrdinalIgnoreCase)];
        Unallocated = [.. roll.Where(r => r.OfficerId is null)];
        if (!string.IsNullOrEmpty(FromOfficerId) && Officers.FirstOrDefault(o => o.Id == FromOfficerId) is { Id: not null } from)
        {
            FromOfficerName = from.Name;
            FromCaseload = [.. roll.Where(r => r.OfficerId == FromOfficerId).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];
        }
    }
}
