using CoParent.Core.Voice;
using CoParent.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Voice;

[Authorize(Roles = VoiceFeature.SurveyRunners)]
public sealed class NewSurveyModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public SurveyInput Input { get; set; } = new();

    public void OnGet() => Input.Introduction =
        "We want to know what being in care is like for you, so we can make it better. We do not ask your name, and nobody who works with you will see your answers.";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Input.Validate(ModelState, nameof(Input)) is not { } valid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var survey = new Survey
        {
            Title = valid.Title, Introduction = valid.Introduction, Opens = valid.Opens, Closes = valid.Closes,
            Status = SurveyStatus.Draft, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        return Redirect($"/have-your-say/surveys/{survey.Id}");
    }
}
