using CoParent.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Voice;

/// <summary>
/// A survey's results by question and age band. Every reader sees counts of 1 to 5 as "c": the answers are
/// anonymous, and a small group could point to a child. Nothing here is per child.
/// </summary>
[Authorize(Roles = VoiceFeature.ResultReaders)]
public sealed class ResultsModel(CoParentDbContext db) : PageModel
{
    public SurveyResultsQuery.Results Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int surveyId, CancellationToken ct)
    {
        var results = await SurveyResultsQuery.LoadAsync(db, surveyId, ct);
        if (results is null) return Redirect("/have-your-say/surveys");
        Results = results;
        return Page();
    }
}
