using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.DeliveryPlans;

/// <summary>
/// Records that the Children in Care Council suggested or reviewed an action: the strategy asks that children can
/// hold the council to account, so their part is shown beside the action and kept in its history.
/// </summary>
[Authorize(Roles = DeliveryPlansFeature.Editors)]
public sealed class ChildrenInCareCouncilModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    public const string Reviewed = "reviewed";
    public const string Suggested = "suggested";

    public sealed class CiccInput
    {
        public string? What { get; set; }
        public DateInput On { get; set; } = new();
        public string? Comments { get; set; }
    }

    [BindProperty] public CiccInput Input { get; set; } = new();
    public DeliveryAction Action { get; private set; } = null!;

    public static IReadOnlyList<(string Value, string Text)> WhatChoices { get; } =
        [(Reviewed, "Reviewed the action"), (Suggested, "Suggested the action")];

    public async Task<IActionResult> OnGetAsync(int actionId, CancellationToken ct)
    {
        if (await db.DeliveryActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId, ct) is not { } action) return NotFound();
        Action = action;
        Input.Comments = action.CiccComments;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int actionId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await db.DeliveryActions.FirstOrDefaultAsync(a => a.Id == actionId, ct) is not { } action) return NotFound();
        Action = action;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (Input.What is not (Reviewed or Suggested)) ModelState.AddModelError("Input.What", "Select whether the Children in Care Council reviewed or suggested the action");
        var on = Input.On.Validate(ModelState, "Input.On", "the date of the Children in Care Council's meeting");
        if (on > today) ModelState.AddModelError("Input.On", "The date of the meeting must be today or in the past");
        var comments = Choices.Clean(Input.Comments);
        if (comments?.Length > 2000) ModelState.AddModelError("Input.Comments", "What they said must be 2,000 characters or fewer");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (Input.What == Suggested) action.SuggestedByCicc = true;
        action.CiccReviewedOn = on;
        action.CiccComments = comments;
        action.UpdatedAtUtc = now;
        db.DeliveryActionUpdates.Add(new DeliveryActionUpdate
        {
            DeliveryActionId = action.Id, WrittenOn = today, Status = action.Status, WrittenBy = User.DisplayName(), RecordedAtUtc = now,
            Note = $"The Children in Care Council {(Input.What == Suggested ? "suggested" : "reviewed")} this action on {Choices.ShowDate(on)}." +
                (comments is null ? "" : $" They said: {comments}"),
        });
        await db.SaveChangesAsync(ct);
        return Redirect($"/delivery-plans/{action.Id}");
    }
}
