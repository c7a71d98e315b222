using System.Globalization;
using CoParent.Core.Audit;
using CoParent.Core.CareEpisodes;
using CoParent.Core.Identity;
using CoParent.Core.Measures;
using CoParent.Core.Ssda903;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Identity;

/// <summary>
/// Which foster household the child lives with now: one already recorded under the carers' name, or a new one.
/// Every episode of the current placement (since the last change of carers) is linked to it.
/// </summary>
[EditsChildRecord]
public sealed class HouseholdModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public const string NewHousehold = "new";

    [BindProperty] public string? Choice { get; set; }
    [BindProperty] public HouseholdInput Input { get; set; } = new();
    [BindProperty] public Guid Version { get; set; }

    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }
    public CareEpisode? Current { get; private set; }
    public IReadOnlyList<CarerHousehold> Candidates { get; private set; } = [];

    public IReadOnlyList<(string Value, string Text)> Options =>
    [
        .. Candidates.Select(h => (h.Id.ToString(CultureInfo.InvariantCulture),
            $"{h.Name}: {CodeSets.Ethnicity.Describe(h.Ethnicity)}{(h.SecondEthnicity is null ? "" : " and " + CodeSets.Ethnicity.Describe(h.SecondEthnicity))}, {h.Religion ?? "religion not recorded"}")),
        (NewHousehold, "A household not listed here: record it below"),
    ];

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, keepPostedVersion: false, ct)) return NotFound();
        Choice = Current?.CarerHouseholdId?.ToString(CultureInfo.InvariantCulture) ?? (Candidates.Count == 0 ? NewHousehold : null);
        Input = new HouseholdInput { Name = Current?.CarerName, PlaceProvider = Current?.PlaceProvider };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(childId, keepPostedVersion: true, ct)) return NotFound();
        if (Current is null)
        {
            ModelState.AddModelError("", "The child is not in care, so there is no placement to record a household for");
            return BadRequestPage();
        }

        CarerHousehold? household = null;
        if (Choice == NewHousehold)
        {
            household = new CarerHousehold();
            Input.ApplyTo(household, ModelState, nameof(Input));
            if (ModelState.IsValid) db.CarerHouseholds.Add(household);
        }
        else if (int.TryParse(Choice, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            household = await db.CarerHouseholds.SingleOrDefaultAsync(h => h.Id == id, ct);
        }
        if (household is null && ModelState.IsValid) ModelState.AddModelError(nameof(Choice), "Select the household the child lives with, or record a new one");
        if (!ModelState.IsValid) return BadRequestPage();

        // A new household needs its id before the episodes can point at it: both saves stand or fall together.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (household!.Id == 0) await db.SaveChangesAsync(ct);
        var child = await db.Children.Include(c => c.Episodes).SingleAsync(c => c.Id == childId, ct);
        foreach (var episode in CurrentPlacement(child.Episodes)) episode.CarerHouseholdId = household.Id;
        if (child.Version != Version || !await db.SaveIfUnchangedAsync(child, Version, ct))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            await LoadAsync(childId, keepPostedVersion: false, ct);
            ModelState.AddModelError("", EditChildModel.ConflictMessage);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        await transaction.CommitAsync(ct);
        await audit.RecordAsync("identity.household", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/identity");
    }

    /// <summary>The open episode and those before it with the same carers (back to the last RNE S, P or B).</summary>
    public static IEnumerable<CareEpisode> CurrentPlacement(IEnumerable<CareEpisode> episodes)
    {
        var ordered = episodes.OrderByDescending(e => e.Decom).ToList();
        if (ordered.Count == 0 || ordered[0].Dec is not null) yield break;
        foreach (var episode in ordered)
        {
            yield return episode;
            if (CareHistory.StartsPlacement(episode.Rne)) yield break;
        }
    }

    private async Task<bool> LoadAsync(int childId, bool keepPostedVersion, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId, c.Version }).SingleOrDefaultAsync(ct);
        if (child is null) return false;
        ChildId = child.Id;
        ChildName = Core.Children.Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId);
        if (!keepPostedVersion) Version = child.Version;
        Current = await db.CareEpisodes.AsNoTracking().Where(e => e.ChildId == childId && e.Decom <= today && e.Dec == null).SingleOrDefaultAsync(ct);
        var name = Current?.CarerName;
        var linked = Current?.CarerHouseholdId;
        Candidates = Current is null ? [] : await db.CarerHouseholds.AsNoTracking()
            .Where(h => (name != null && h.Name == name) || h.Id == linked).OrderBy(h => h.Name).ThenBy(h => h.Id).Take(20).ToListAsync(ct);
        return true;
    }

    private PageResult BadRequestPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
