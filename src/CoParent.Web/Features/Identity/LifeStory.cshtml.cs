using CoParent.Core.Audit;
using CoParent.Core.Identity;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Identity;

/// <summary>Records the child's life story work, and at each yearly review how the child feels about it.</summary>
[EditsChildRecord]
public sealed class LifeStoryModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class LifeStoryInput
    {
        public DateInput Started { get; set; } = new();
        public DateInput Completed { get; set; } = new();
        public DateInput LastReviewed { get; set; } = new();
        public string? Feeling { get; set; }
        public string? InTheirWords { get; set; }
    }

    [BindProperty] public LifeStoryInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var child = await ChildAsync(childId, ct);
        if (child is null) return NotFound();
        var work = await db.LifeStoryWork.AsNoTracking().SingleOrDefaultAsync(w => w.ChildId == childId, ct);
        if (work is not null)
        {
            Input = new LifeStoryInput
            {
                Started = DateInput.From(work.Started), Completed = DateInput.From(work.Completed), LastReviewed = DateInput.From(work.LastReviewed),
                Feeling = work.Feeling is { } f ? IdentityFeature.FeelingCode(f) : "", InTheirWords = work.InTheirWords,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        var child = await ChildAsync(childId, ct);
        if (child is null) return NotFound();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var key = nameof(Input);
        var started = Input.Started.Validate(ModelState, $"{key}.{nameof(LifeStoryInput.Started)}", "the date the work started");
        var completed = Input.Completed.Validate(ModelState, $"{key}.{nameof(LifeStoryInput.Completed)}", "the date the work was completed", required: false);
        var reviewed = Input.LastReviewed.Validate(ModelState, $"{key}.{nameof(LifeStoryInput.LastReviewed)}", "the date of the last review", required: false);
        var feeling = IdentityFeature.ParseFeeling(Input.Feeling);
        if (!string.IsNullOrWhiteSpace(Input.Feeling) && feeling is null)
            ModelState.AddModelError($"{key}.{nameof(LifeStoryInput.Feeling)}", "Select how the child feels about their life story work");

        var work = await db.LifeStoryWork.SingleOrDefaultAsync(w => w.ChildId == childId, ct) ?? new LifeStoryWork { ChildId = childId };
        work.Started = started ?? today;
        work.Completed = completed;
        work.LastReviewed = reviewed;
        work.Feeling = feeling;
        work.InTheirWords = Choices.Clean(Input.InTheirWords);
        IdentityForms.AddErrors(ModelState, LifeStoryRules.Check(work, child.Value.DateOfBirth, today)
            .Where(e => e.Field != nameof(LifeStoryWork.Started) || started is not null));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (work.Id == 0) db.LifeStoryWork.Add(work);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("identity.life-story", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/identity");
    }

    private async Task<(string Name, DateOnly DateOfBirth)?> ChildAsync(int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.GivenName, c.FamilyName, c.PreferredName, c.PersonId, c.DateOfBirth }).SingleOrDefaultAsync(ct);
        if (child is null) return null;
        ChildId = childId;
        ChildName = Core.Children.Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId);
        return (ChildName, child.DateOfBirth);
    }
}
