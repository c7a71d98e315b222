using CoParent.Core.Audit;
using CoParent.Core.Voice;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Voice;

/// <summary>Closes an advocacy referral with what came of it.</summary>
[Authorize(Policy = Policies.ChildRecords)]
[EditsChildRecord]
public sealed class CloseReferralModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public DateInput ClosedOn { get; set; } = new();
    [BindProperty] public string? Outcome { get; set; }
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public AdvocacyReferral Referral { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int childId, int referralId, CancellationToken ct) =>
        await LoadAsync(childId, referralId, ct) ? Page() : Redirect($"/children/{childId}/voice");

    public async Task<IActionResult> OnPostAsync(int childId, int referralId, CancellationToken ct)
    {
        // A referral already closed, or not this child's, leads back to the child's Voice page.
        if (!await LoadAsync(childId, referralId, ct)) return Redirect($"/children/{childId}/voice");
        ModelState.Clear();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var on = ClosedOn.Validate(ModelState, nameof(ClosedOn), "the date the referral closed");
        if (on > today) ModelState.AddModelError(nameof(ClosedOn), "The date the referral closed must be today or in the past");
        else if (on < Referral.ReferredOn) ModelState.AddModelError(nameof(ClosedOn), "The date the referral closed must be on or after the date of the referral");
        var outcome = Choices.Clean(Outcome);
        if (outcome is null) ModelState.AddModelError(nameof(Outcome), "Enter what came of the referral");
        else if (outcome.Length > 2000) ModelState.AddModelError(nameof(Outcome), "What came of the referral must be 2,000 characters or fewer");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await db.AdvocacyReferrals.Where(r => r.Id == referralId && r.ChildId == childId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClosedOn, on).SetProperty(r => r.Outcome, outcome), ct);
        await audit.RecordAsync("voice.advocacy.close", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/voice");
    }

    private async Task<bool> LoadAsync(int childId, int referralId, CancellationToken ct)
    {
        var name = await db.ChildNameAsync(childId, ct);
        var referral = await db.AdvocacyReferrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == referralId && r.ChildId == childId && r.ClosedOn == null, ct);
        if (name is null || referral is null) return false;
        ChildId = childId;
        ChildName = name;
        Referral = referral;
        return true;
    }
}
