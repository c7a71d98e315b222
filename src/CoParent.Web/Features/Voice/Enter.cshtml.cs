using CoParent.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Voice;

/// <summary>Where a child types their Have Your Say code. No account: the code is all they need.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(VoiceFeature.CodeEntryLimit)]
public sealed class EnterModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Code { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "Enter your code");
        }
        else
        {
            var found = await SurveyCodes.FindAsync(db, Code, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
            if (found.Standing == SurveyCodes.Standing.Ready) return Redirect($"/have-your-say/{Core.Voice.InvitationCode.Normalise(Code)}");
            ModelState.AddModelError(nameof(Code), SurveyCodes.Message(found.Standing));
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
