using CoParent.Core.Voice;
using CoParent.Data;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Voice;

/// <summary>Every Have Your Say survey, newest first, with how many were asked and answered.</summary>
[Authorize(Roles = VoiceFeature.ResultReaders)]
public sealed class SurveysModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Title, SurveyStatus Status, DateOnly Opens, DateOnly Closes, int Invited, int Responded);

    public IReadOnlyList<Row> Surveys { get; private set; } = [];
    public bool CanRun { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanRun = User.IsInRole(VoiceFeature.SurveyRunners);
        Surveys = await db.Surveys.AsNoTracking().OrderByDescending(s => s.Opens).ThenByDescending(s => s.Id)
            .Select(s => new Row(s.Id, s.Title, s.Status, s.Opens, s.Closes,
                db.SurveyInvitations.Count(i => i.SurveyId == s.Id), db.SurveyResponses.Count(r => r.SurveyId == s.Id)))
            .ToListAsync(ct);
        if (TableDownload.Format(Request.Query["format"]) is not { } format) return Page();
        // The counts as the page shows them: 1 to 5 suppressed for everyone, as the results are.
        return TableDownload.File(new DownloadTable($"have-your-say-surveys-{DateOnly.FromDateTime(clock.GetLocalNow().DateTime):yyyy-MM-dd}", Headers,
            Surveys.Select(s => (IReadOnlyList<string?>)[s.Title,
                $"{s.Opens.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} to {s.Closes.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}",
                s.Status.ToString(), SurveyResults.Count(s.Invited).ToString(), SurveyResults.Count(s.Responded).ToString()]).ToList()), format);
    }

    public static readonly IReadOnlyList<string> Headers = ["Survey", "Dates", "Status", "Sent", "Answered"];

    public static string StatusTag(SurveyStatus status) => status switch
    {
        SurveyStatus.Draft => "govuk-tag--grey",
        SurveyStatus.Open => "govuk-tag--green",
        _ => "govuk-tag--blue",
    };
}
