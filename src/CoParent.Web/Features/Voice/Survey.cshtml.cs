using CoParent.Core.Voice;
using CoParent.Data;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Voice;

/// <summary>
/// One survey for the manager running it: its details and questions while it is a draft, then opening it, sending
/// codes and closing it. A survey that does not exist (an old link) leads back to the list.
/// </summary>
[Authorize(Roles = VoiceFeature.SurveyRunners)]
public sealed class SurveyModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public SurveyInput Input { get; set; } = new();
    [BindProperty] public string? QuestionText { get; set; }
    [BindProperty] public string? QuestionScale { get; set; }
    [BindProperty] public string? AgeBand { get; set; }

    public Survey Survey { get; private set; } = new();
    public int Invited { get; private set; }
    public int Responded { get; private set; }

    [TempData] public string? Done { get; set; }

    public static IReadOnlyList<(string Value, string Text)> ScaleChoices { get; } =
        [("", "Select"), .. Enum.GetValues<AnswerScale>().Select(s => (s.ToString(), AnswerScales.Describe(s)))];

    public static IReadOnlyList<(string Value, string Text)> BandChoices { get; } =
        [("", "Everyone: children in care aged 8 to 17 and care leavers aged 18 to 25"), .. SurveyAgeBands.All.Select(b => (b, $"Aged {b} only"))];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(int surveyId, CancellationToken ct)
    {
        if (!await LoadAsync(surveyId, ct)) return Redirect("/have-your-say/surveys");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int surveyId, CancellationToken ct)
    {
        if (!await LoadAsync(surveyId, ct, keepInput: true)) return Redirect("/have-your-say/surveys");
        ModelState.Clear();
        if (Survey.Status != SurveyStatus.Draft) return NotADraft("Only a draft survey can be changed: it has been sent to children already.");
        if (Input.Validate(ModelState, nameof(Input)) is not { } valid) return Invalid();
        await db.Surveys.Where(s => s.Id == surveyId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Title, valid.Title).SetProperty(x => x.Introduction, valid.Introduction)
            .SetProperty(x => x.Opens, valid.Opens).SetProperty(x => x.Closes, valid.Closes), ct);
        return Saved(surveyId, "The survey's details have been saved");
    }

    public async Task<IActionResult> OnPostAddQuestionAsync(int surveyId, CancellationToken ct)
    {
        if (!await LoadAsync(surveyId, ct)) return Redirect("/have-your-say/surveys");
        ModelState.Clear();
        if (Survey.Status != SurveyStatus.Draft) return NotADraft("Questions can only be added while the survey is a draft.");
        var text = Choices.Clean(QuestionText);
        if (text is null) ModelState.AddModelError(nameof(QuestionText), "Enter the question");
        else if (text.Length > 300) ModelState.AddModelError(nameof(QuestionText), "The question must be 300 characters or fewer");
        if (!Enum.TryParse<AnswerScale>(QuestionScale, out var scale) || !Enum.IsDefined(scale))
        {
            ModelState.AddModelError(nameof(QuestionScale), "Select how children answer the question");
        }
        if (!ModelState.IsValid) return Invalid();
        db.SurveyQuestions.Add(new SurveyQuestion { SurveyId = surveyId, Order = NextOrder(), Text = text!, Scale = scale });
        await db.SaveChangesAsync(ct);
        return Saved(surveyId, "The question has been added");
    }

    public async Task<IActionResult> OnPostAddStandardAsync(int surveyId, CancellationToken ct)
    {
        if (!await LoadAsync(surveyId, ct)) return Redirect("/have-your-say/surveys");
        if (Survey.Status != SurveyStatus.Draft) return NotADraft("Questions can only be added while the survey is a draft.");
        var order = NextOrder();
        var have = Survey.Questions.Select(q => q.StandardKey).ToHashSet();
        foreach (var standard in StandardQuestions.All.Where(s => !have.Contains(s.Key)))
        {
            db.SurveyQuestions.Add(new SurveyQuestion { SurveyId = surveyId, Order = order++, Text = standard.Text, Scale = standard.Scale, StandardKey = standard.Key });
        }
        await db.SaveChangesAsync(ct);
        return Saved(surveyId, "The strategy's standard questions have been added");
    }

    public async Task<IActionResult> OnPostRemoveQuestionAsync(int surveyId, int questionId, CancellationToken ct)
    {
        if (!await LoadAsync(surveyId, ct)) return Redirect("/have-your-say/surveys");
        if (Survey.Status != SurveyStatus.Draft) return NotADraft("Questions can only be removed while the survey is a draft.");
        await db.SurveyQuestions.Where(q => q.Id == questionId && q.SurveyId == surveyId).ExecuteDeleteAsync(ct);
        return Saved(surveyId, "The question has been removed");
    }

    public async Task<IActionResult> OnPostOpenAsync(int surveyId, CancellationToken ct)
    {
        if (!await LoadAsync(surveyId, ct)) return Redirect("/have-your-say/surveys");
        ModelState.Clear();
        if (Survey.Status != SurveyStatus.Draft) ModelState.AddModelError("", "Only a draft survey can be opened");
        else if (Survey.Questions.Count == 0) ModelState.AddModelError("", "Add at least one question before opening the survey");
        else if (Survey.Closes < Today) ModelState.AddModelError("", "The survey's closing date has passed: change it before opening the survey");
        if (!ModelState.IsValid) return Invalid();
        await db.Surveys.Where(s => s.Id == surveyId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SurveyStatus.Open), ct);
        return Saved(surveyId, "The survey is open. Send codes to the children so they can answer it");
    }

    public async Task<IActionResult> OnPostCloseAsync(int surveyId, CancellationToken ct)
    {
        if (!await LoadAsync(surveyId, ct)) return Redirect("/have-your-say/surveys");
        ModelState.Clear();
        if (Survey.Status != SurveyStatus.Open)
        {
            ModelState.AddModelError("", "Only an open survey can be closed");
            return Invalid();
        }
        await db.Surveys.Where(s => s.Id == surveyId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SurveyStatus.Closed), ct);
        return Saved(surveyId, "The survey is closed. Codes not yet used no longer work");
    }

    public async Task<IActionResult> OnPostInviteAsync(int surveyId, CancellationToken ct)
    {
        if (!await LoadAsync(surveyId, ct)) return Redirect("/have-your-say/surveys");
        ModelState.Clear();
        var band = Choices.Clean(AgeBand);
        if (Survey.Status == SurveyStatus.Closed) ModelState.AddModelError(nameof(AgeBand), "The survey is closed, so no more codes can be sent");
        else if (Survey.Questions.Count == 0) ModelState.AddModelError(nameof(AgeBand), "Add the survey's questions before sending codes");
        else if (band is not null && !SurveyAgeBands.All.Contains(band)) ModelState.AddModelError(nameof(AgeBand), "Select who to send codes to");
        if (!ModelState.IsValid) return Invalid();
        var added = await InvitationIssuer.IssueAsync(db, surveyId, band, Today, ct);
        return Saved(surveyId, added == 0
            ? "Everyone who can be asked already has a code for this survey"
            : $"{added:N0} new {(added == 1 ? "code was" : "codes were")} issued. Social workers and personal advisers see them on each child's Voice page");
    }

    private int NextOrder() => Survey.Questions.Count == 0 ? 1 : Survey.Questions.Max(q => q.Order) + 1;

    private RedirectResult Saved(int surveyId, string message)
    {
        Done = message;
        return Redirect($"/have-your-say/surveys/{surveyId}");
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private PageResult NotADraft(string message)
    {
        ModelState.AddModelError("", message);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(int surveyId, CancellationToken ct, bool keepInput = false)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == surveyId, ct);
        if (survey is null) return false;
        survey.Questions.Sort((a, b) => a.Order.CompareTo(b.Order));
        Survey = survey;
        Invited = await db.SurveyInvitations.CountAsync(i => i.SurveyId == surveyId, ct);
        Responded = await db.SurveyResponses.CountAsync(r => r.SurveyId == surveyId, ct);
        if (!keepInput)
        {
            Input = new SurveyInput
            {
                Title = survey.Title, Introduction = survey.Introduction, Opens = DateInput.From(survey.Opens), Closes = DateInput.From(survey.Closes),
            };
        }
        return true;
    }
}
