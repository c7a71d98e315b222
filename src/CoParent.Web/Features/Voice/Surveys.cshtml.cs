using CoParent.Core.Voice;
using CoParent.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Voice;

/// <summary>Every Have Your Say survey, newest first, with how many were asked and answered.</summary>
[Authorize(Roles = VoiceFeature.ResultReaders)]
public sealed class SurveysModel(CoParentDbContext db) : PageModel
{
    public sealed record Row(int Id, string Title, SurveyStatus Status, DateOnly Opens, DateOnly Closes, int Invited, int Responded);

    public IReadOnlyList<Row> Surveys { get; private set; } = [];
    public bool CanRun { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanRun = User.IsInRole(VoiceFeature.SurveyRunners);
        Surveys = await db.Surveys.AsNoTracking().OrderByDescending(s => s.Opens).ThenByDescending(s => s.Id)
            .Select(s => new Row(s.Id, s.Title, s.Status, s.Opens, s.Closes,
                db.SurveyInvitations.Count(i => i.SurveyId == s.Id), db.SurveyResponses.Count(r => r.SurveyId == s.Id)))
            .ToListAsync(ct);
    }

    public static string StatusTag(SurveyStatus status) => status switch
    {
        SurveyStatus.Draft => "govuk-tag--grey",
        SurveyStatus.Open => "govuk-tag--green",
        _ => "govuk-tag--blue",
    };
}
