using CoParent.Core.Voice;
using CoParent.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Voice;

/// <summary>
/// The survey, on one short page, for the child holding the code. Saving marks the code used and stores the
/// answers with the age band only, in one transaction, so a code answers once and the answers cannot be traced.
/// Nothing here is audited against the child: that would link them to their answers.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(VoiceFeature.CodeEntryLimit)]
public sealed class AnswerModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    public const int MaxText = 1000;

    public sealed record Question(int Id, string Text, AnswerScale Scale);

    [BindProperty] public Dictionary<int, string?> Answers { get; set; } = [];
    [BindProperty] public Dictionary<int, string?> Texts { get; set; } = [];

    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Introduction { get; private set; } = "";
    public IReadOnlyList<Question> Questions { get; private set; } = [];
    public string? Refusal { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var found = await SurveyCodes.FindAsync(db, code, Today, ct);
        if (found.Standing != SurveyCodes.Standing.Ready) return Refuse(found.Standing);
        await LoadAsync(found.SurveyId, code, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var found = await SurveyCodes.FindAsync(db, code, Today, ct);
        if (found.Standing != SurveyCodes.Standing.Ready) return Refuse(found.Standing);
        await LoadAsync(found.SurveyId, code, ct);

        ModelState.Clear();
        var answers = new List<SurveyAnswer>();
        foreach (var question in Questions)
        {
            if (question.Scale == AnswerScale.FreeText)
            {
                var text = Texts.GetValueOrDefault(question.Id)?.Trim();
                if (string.IsNullOrEmpty(text)) continue;
                if (text.Length > MaxText)
                {
                    ModelState.AddModelError($"Texts[{question.Id}]", $"Your answer to \"{question.Text}\" is too long: please use {MaxText:N0} characters or fewer");
                    continue;
                }
                answers.Add(new SurveyAnswer { QuestionId = question.Id, Text = text });
            }
            else if (Answers.GetValueOrDefault(question.Id) is { } value && AnswerScales.IsValid(question.Scale, value))
            {
                answers.Add(new SurveyAnswer { QuestionId = question.Id, Answer = value });
            }
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var normalised = InvitationCode.Normalise(code)!;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The update only succeeds for an unused code, so two sends of the same form save one response.
        var claimed = await db.SurveyInvitations.Where(i => i.Code == normalised && i.UsedOn == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedOn, Today), ct);
        if (claimed == 0) return Refuse(SurveyCodes.Standing.Used);
        db.SurveyResponses.Add(new SurveyResponse
        {
            Id = Guid.NewGuid(), SurveyId = found.SurveyId, SubmittedOn = Today, AgeBand = found.AgeBand, Answers = answers,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Redirect("/have-your-say/thank-you");
    }

    private PageResult Refuse(SurveyCodes.Standing standing)
    {
        Refusal = SurveyCodes.Message(standing);
        Title = "Have Your Say";
        Response.StatusCode = standing == SurveyCodes.Standing.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return Page();
    }

    private async Task LoadAsync(int surveyId, string code, CancellationToken ct)
    {
        Code = InvitationCode.Normalise(code)!;
        var survey = await db.Surveys.AsNoTracking().Where(s => s.Id == surveyId)
            .Select(s => new { s.Title, s.Introduction }).SingleAsync(ct);
        Title = survey.Title;
        Introduction = survey.Introduction;
        Questions = await db.SurveyQuestions.AsNoTracking().Where(q => q.SurveyId == surveyId).OrderBy(q => q.Order)
            .Select(q => new Question(q.Id, q.Text, q.Scale)).ToListAsync(ct);
    }
}
