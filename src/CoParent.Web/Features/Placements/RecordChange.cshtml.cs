using CoParent.Core.Audit;
using CoParent.Core.CareEpisodes;
using CoParent.Core.Ssda903;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.ReferenceData;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Features.Placements;

/// <summary>
/// Records a change in a child's care as SSDA903 episodes: a placement move or a change of legal status
/// ends the open episode with REC X1 and starts the next the same day; leaving care ends it with another REC.
/// The whole history is checked before anything is written.
/// </summary>
[EditsChildRecord]
public sealed class RecordChangeModel(CoParentDbContext db, AuditLog audit, TimeProvider clock, IOptions<CouncilOptions> council) : PageModel
{
    public const string Placement = "placement";
    public const string LegalStatus = "legal-status";
    public const string LeavingCare = "leaving-care";

    /// <summary>Which change to record; a placement move unless the link says otherwise.</summary>
    [BindProperty(SupportsGet = true)] public string? Change { get; set; } = Placement;
    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public DateInput Date { get; set; } = new();
    [BindProperty] public string? Rne { get; set; }
    [BindProperty] public EpisodeInput Episode { get; set; } = new();
    [BindProperty] public string? ReasonPlaceChange { get; set; }
    [BindProperty] public string? Rec { get; set; }

    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }
    public CareEpisode? Current { get; private set; }

    public string DateWhat => Change switch
    {
        LegalStatus => "the date the legal status changed",
        LeavingCare => "the date the child left care",
        _ => "the date the placement started",
    };

    public string Heading => Change switch
    {
        LegalStatus => "Record a change of legal status",
        LeavingCare => "Record that the child left care",
        _ => "Record a placement move",
    };

    public static IReadOnlyList<(string Value, string Text)> MoveReasons =>
        CodeSets.ReasonForNewEpisode.Codes.Where(c => c.Code is "P" or "T" or "B").Select(c => (c.Code, $"{c.Code}: {c.Meaning}")).Prepend(("", "Select")).ToList();

    public static IReadOnlyList<(string Value, string Text)> LeavingReasons =>
        CodeSets.ReasonEpisodeCeased.Codes.Where(c => c.Code != "X1").Select(c => (c.Code, $"{c.Code}: {c.Meaning}")).Prepend(("", "Select")).ToList();

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (Change is not (Placement or LegalStatus or LeavingCare)) return NotFound();
        var child = await db.Children.AsNoTracking().Include(c => c.Episodes).SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null) return NotFound();
        ChildId = childId;
        ChildName = child.DisplayName;
        Version = child.Version;
        Current = child.Episodes.SingleOrDefault(e => e.Dec is null);
        if (Current is not null)
        {
            Episode = Change == Placement ? new EpisodeInput { Ls = Current.Ls, Cin = Current.Cin } : EpisodeInput.From(Current);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        if (Change is not (Placement or LegalStatus or LeavingCare)) return NotFound();
        ModelState.Clear();
        var child = await db.Children.Include(c => c.Episodes).SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null) return NotFound();
        ChildId = childId;
        ChildName = child.DisplayName;
        Current = child.Episodes.SingleOrDefault(e => e.Dec is null);
        if (child.Version != Version) return await ConflictAsync(childId, ct);
        if (Current is null)
        {
            ModelState.AddModelError("", "The child is not in care, so there is no episode to change");
            return BadRequestPage();
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var date = Date.Validate(ModelState, nameof(Date), DateWhat);
        var open = Current;
        var touched = new List<CareEpisode> { open };
        CareEpisode? next = null;
        var previousLs = open.Ls;

        if (Change == LeavingCare)
        {
            if (string.IsNullOrWhiteSpace(Rec) || Rec.Trim().Equals("X1", StringComparison.OrdinalIgnoreCase) || !CodeSets.ReasonEpisodeCeased.Contains(Rec))
                ModelState.AddModelError(nameof(Rec), "Select the reason the child left care");
            open.Rec = CodeSets.ReasonEpisodeCeased.Canonical(Rec) ?? "E8";
        }
        else
        {
            open.Rec = "X1";
            next = new CareEpisode
            {
                ChildId = child.Id, Rne = "L", Ls = open.Ls, Cin = open.Cin, Place = open.Place, PlaceProvider = open.PlaceProvider,
                HomePost = open.HomePost ?? child.HomePostcode, PlPost = open.PlPost, Urn = open.Urn, CarerName = open.CarerName,
                CarerHouseholdId = open.CarerHouseholdId,
                PlLa = open.PlLa, PlLocation = open.PlLocation, PlDistance = open.PlDistance,
            };
            if (Change == LegalStatus)
            {
                next.Ls = CodeSets.LegalStatus.Canonical(Episode.Ls) ?? Episode.Ls?.Trim() ?? "";
                if (CodeSets.LegalStatus.Contains(next.Ls) && next.Ls == previousLs)
                    ModelState.AddModelError($"{nameof(Episode)}.{nameof(EpisodeInput.Ls)}", "Select the new legal status: it is the same as the current one");
            }
            else
            {
                Episode.Cin = open.Cin;
                Episode.ApplyTo(next);
                next.Rne = CodeSets.ReasonForNewEpisode.Canonical(Rne) ?? "";
                // A move with the same carers (T) stays with their household; new carers' household is recorded on the identity page.
                if (next.Rne != "T") next.CarerHouseholdId = null;
                if (next.Rne is not ("P" or "T" or "B"))
                    ModelState.AddModelError(nameof(Rne), "Select what changed");
                else if (next.Rne != "B" && CodeSets.LegalStatus.Contains(next.Ls) && next.Ls != previousLs)
                    ModelState.AddModelError($"{nameof(Episode)}.{nameof(EpisodeInput.Ls)}", "The legal status can only change with a move when what changed includes the legal status");
                else if (next.Rne == "B" && next.Ls == previousLs)
                    ModelState.AddModelError($"{nameof(Episode)}.{nameof(EpisodeInput.Ls)}", "Select the new legal status, or choose a move without a change of legal status");
                if (Episode.CarerName is { Length: > EpisodeInput.CarerNameMaxLength })
                    ModelState.AddModelError($"{nameof(Episode)}.{nameof(EpisodeInput.CarerName)}", "The carer's name must be 120 characters or fewer");
                if (string.IsNullOrWhiteSpace(ReasonPlaceChange) && !CodeSets.IsTemporary(open.Place))
                    ModelState.AddModelError(nameof(ReasonPlaceChange), "Select why the placement ended");
                await new PostcodeBook(db, council.Value.Code).DeriveAsync(next, ct);
            }
            next.Decom = date ?? today;
            touched.Add(next);
        }
        if (Change != LegalStatus) open.ReasonPlaceChange = CodeSets.ReasonPlaceChange.Canonical(ReasonPlaceChange) ?? Choices.Clean(ReasonPlaceChange);
        open.Dec = date ?? today;

        // Only what this form sets is checked field by field: an older record's gaps are not this person's to fix here.
        foreach (var episode in touched)
        {
            var formFields = episode == next && Change == Placement ? null
                : episode == next ? [nameof(CareEpisode.Ls)]
                : new[] { nameof(CareEpisode.Dec), nameof(CareEpisode.Rec), nameof(CareEpisode.ReasonPlaceChange) };
            foreach (var error in EpisodeRules.CheckFields(episode).Where(e => formFields is null || formFields.Contains(e.Field)))
                AddError(episode == next, error.Field, error.Message);
        }
        if (date is not null)
        {
            var history = child.Episodes.Where(e => e != open).Append(open).Concat(next is null ? [] : [next]).ToList();
            foreach (var error in EpisodeRules.CheckHistory(history, child.DateOfBirth, today).Where(e => touched.Contains(e.Episode)))
                AddError(error.Episode == next, error.Field, error.Message);
        }

        if (!ModelState.IsValid) return BadRequestPage();

        if (next is not null) child.Episodes.Add(next);
        // Adding or ending an episode changes the child's record: two people recording at once cannot both succeed.
        try
        {
            if (!await db.SaveIfUnchangedAsync(child, Version, ct)) return await ConflictAsync(childId, ct);
        }
        catch (DbUpdateException)
        {
            // Two moves recorded at once on the same date meet the (child, DECOM) unique index before the version check.
            return await ConflictAsync(childId, ct);
        }
        await audit.RecordAsync($"episode.{Change}", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/timeline");
    }

    private void AddError(bool onNewEpisode, string field, string message)
    {
        var key = field switch
        {
            nameof(CareEpisode.Decom) or nameof(CareEpisode.Dec) => nameof(Date),
            nameof(CareEpisode.Rec) when Change == LeavingCare => nameof(Rec),
            nameof(CareEpisode.ReasonPlaceChange) => nameof(ReasonPlaceChange),
            nameof(CareEpisode.Rne) when Change == Placement => nameof(Rne),
            nameof(CareEpisode.Rec) or nameof(CareEpisode.Rne) => nameof(Date),
            nameof(CareEpisode.HomePost) => nameof(Date),
            _ when onNewEpisode => $"{nameof(Episode)}.{field}",
            _ => "",
        };
        if (ModelState[key]?.Errors.Any(e => e.ErrorMessage == message) == true) return;
        ModelState.AddModelError(key, key.Length == 0 ? $"The current episode: {message}" : message);
    }

    private PageResult BadRequestPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult> ConflictAsync(int childId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var child = await db.Children.AsNoTracking().Include(c => c.Episodes).SingleAsync(c => c.Id == childId, ct);
        Version = child.Version;
        Current = child.Episodes.SingleOrDefault(e => e.Dec is null);
        ModelState.Clear();
        ModelState.AddModelError("", EditChildModel.ConflictMessage);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
