using CoParent.Core.Access;
using CoParent.Core.Allocations;
using CoParent.Core.Audit;
using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.ReferenceData;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Features.Children;

/// <summary>Adds a child, optionally with the first episode of care (RNE S), and allocates a social worker.</summary>
[Authorize(Roles = $"{Roles.SocialWorker},{Roles.TeamManager},{Roles.Manager}")]
public sealed class AddChildModel(CoParentDbContext db, AuditLog audit, TimeProvider clock, IOptions<CouncilOptions> council) : PageModel
{
    [BindProperty] public ChildInput Input { get; set; } = new();
    [BindProperty] public bool StartEpisode { get; set; }
    [BindProperty] public DateInput StartDate { get; set; } = new();
    [BindProperty] public EpisodeInput Episode { get; set; } = new();
    [BindProperty] public string? SocialWorkerId { get; set; }

    public IReadOnlyList<(string Value, string Text)> SocialWorkers { get; private set; } = [];
    public bool ChoosesSocialWorker => !User.IsInRole(Roles.SocialWorker);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.Sex = "";
        Input.Ethnicity = "";
        await LoadSocialWorkersAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await LoadSocialWorkersAsync(ct);
        var today = Today;
        var child = new Child { CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        await Input.ApplyAsync(child, ModelState, nameof(Input), today, db, ct);

        // Who holds the child: a social worker adding a child becomes its social worker, in their team, from today.
        var workerId = User.IsInRole(Roles.SocialWorker) ? User.Id() : string.IsNullOrWhiteSpace(SocialWorkerId) ? null : SocialWorkerId;
        if (workerId is null && User.IsInRole(Roles.TeamManager) && !User.IsInRole(Roles.SocialWorker))
            ModelState.AddModelError(nameof(SocialWorkerId), "Select the child's social worker");
        else if (workerId is not null && !User.IsInRole(Roles.SocialWorker) && SocialWorkers.All(w => w.Value != workerId))
            ModelState.AddModelError(nameof(SocialWorkerId), "Select a social worker from the list");

        if (StartEpisode)
        {
            var start = StartDate.Validate(ModelState, nameof(StartDate), "the date the child started to be looked after");
            var episode = new CareEpisode { Rne = "S", Decom = start ?? today, HomePost = child.HomePostcode };
            Episode.ApplyTo(episode);
            if (Episode.CarerName is { Length: > EpisodeInput.CarerNameMaxLength })
                ModelState.AddModelError($"{nameof(Episode)}.{nameof(EpisodeInput.CarerName)}", "The carer's name must be 120 characters or fewer");
            await new PostcodeBook(db, council.Value.Code).DeriveAsync(episode, ct);
            foreach (var error in EpisodeRules.CheckFields(episode))
                ModelState.AddModelError(EpisodeKey(error.Field), error.Message);
            if (start is not null && ModelState.GetFieldValidationState(nameof(Input) + ".DateOfBirth") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            {
                foreach (var error in EpisodeRules.CheckHistory([episode], child.DateOfBirth, today))
                    ModelState.AddModelError(EpisodeKey(error.Field), error.Message);
            }
            child.Episodes.Add(episode);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (workerId is not null)
        {
            var team = await db.Users.Where(u => u.Id == workerId).Select(u => u.TeamId).SingleOrDefaultAsync(ct);
            child.Allocations.Add(new Allocation { Role = AllocationRole.SocialWorker, UserId = workerId, TeamId = team, From = today });
        }
        db.Children.Add(child);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("child.create", AuditOutcome.Allowed, User.Id(), User.UserName(), child.Id, $"POST {Request.Path}", ct);
        return Redirect($"/children/{child.Id}");
    }

    private static string EpisodeKey(string field) => field switch
    {
        nameof(CareEpisode.Decom) => nameof(StartDate),
        nameof(CareEpisode.HomePost) => $"{nameof(Input)}.{nameof(ChildInput.HomePostcode)}",
        _ => $"{nameof(Episode)}.{field}",
    };

    private async Task LoadSocialWorkersAsync(CancellationToken ct)
    {
        if (!ChoosesSocialWorker) return;
        var team = User.IsInRole(Roles.Manager) ? null : User.TeamId();
        var workers = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == Roles.SocialWorker && (team == null || u.TeamId == team)
            orderby u.DisplayName
            select new { u.Id, u.DisplayName }).ToListAsync(ct);
        SocialWorkers = workers.Select(w => (w.Id, w.DisplayName)).Prepend(("", "Select")).ToList();
    }
}
