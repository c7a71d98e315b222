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

[Authorize(Policy = Policies.ChildRecords)]
[EditsChildRecord]
public sealed class RecordReferralModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class ReferralInput
    {
        public DateInput ReferredOn { get; set; } = new();
        public string? ReferredBy { get; set; }
        public string? Reason { get; set; }
        public string? Provider { get; set; }
    }

    [BindProperty] public ReferralInput Input { get; set; } = new();
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";

    public static IReadOnlyList<(string Value, string Text)> ReferredByChoices { get; } =
        [("", "Select"), .. Enum.GetValues<ReferredBy>().Select(b => (b.ToString(), AdvocacyReferral.Describe(b)))];

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, ct)) return NotFound();
        Input.Provider = "Rethink Advocacy";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, ct)) return NotFound();
        ModelState.Clear();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var on = Input.ReferredOn.Validate(ModelState, "Input.ReferredOn", "the date of the referral");
        if (on > today) ModelState.AddModelError("Input.ReferredOn", "The date of the referral must be today or in the past");
        var by = Enum.TryParse<ReferredBy>(Input.ReferredBy, out var parsed) && Enum.IsDefined(parsed) ? parsed : (ReferredBy?)null;
        if (by is null) ModelState.AddModelError("Input.ReferredBy", "Select who made the referral");
        var reason = Choices.Clean(Input.Reason);
        if (reason is null) ModelState.AddModelError("Input.Reason", "Enter why the child was referred");
        else if (reason.Length > 2000) ModelState.AddModelError("Input.Reason", "The reason must be 2,000 characters or fewer");
        var provider = Choices.Clean(Input.Provider);
        if (provider is null) ModelState.AddModelError("Input.Provider", "Enter the advocacy service");
        else if (provider.Length > 200) ModelState.AddModelError("Input.Provider", "The advocacy service must be 200 characters or fewer");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.AdvocacyReferrals.Add(new AdvocacyReferral { ChildId = childId, ReferredOn = on!.Value, ReferredBy = by!.Value, Reason = reason!, Provider = provider! });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("voice.advocacy.record", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/voice");
    }

    private async Task<bool> LoadAsync(int childId, CancellationToken ct)
    {
        var name = await db.ChildNameAsync(childId, ct);
        if (name is null) return false;
        ChildId = childId;
        ChildName = name;
        return true;
    }
}
