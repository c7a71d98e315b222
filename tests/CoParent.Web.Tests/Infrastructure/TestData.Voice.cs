using CoParent.Core.Voice;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    /// <summary>An open survey with the strategy's standard questions, running a month either side of the test clock's today.</summary>
    public static Task<Survey> CreateOpenSurveyAsync(CoParentApp app, SurveyStatus status = SurveyStatus.Open)
    {
        var today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);
        return app.WithDbAsync(async db =>
        {
            var survey = new Survey
            {
                Title = "Have Your Say test " + Guid.NewGuid().ToString("N")[..6], Introduction = "Tell us what care is like.",
                Opens = today.AddDays(-30), Closes = today.AddDays(30), Status = status, CreatedAtUtc = CoParentApp.Now.UtcDateTime,
            };
            survey.Questions.AddRange(StandardQuestions.All.Select((q, i) =>
                new SurveyQuestion { Order = i + 1, Text = q.Text, Scale = q.Scale, StandardKey = q.Key }));
            db.Surveys.Add(survey);
            await db.SaveChangesAsync();
            return survey;
        });
    }

    /// <summary>A code for the child to answer the survey with.</summary>
    public static Task<string> IssueCodeAsync(CoParentApp app, int surveyId, int childId, string ageBand = SurveyAgeBands.Age11To13) =>
        app.WithDbAsync(async db =>
        {
            var code = InvitationCode.New();
            db.SurveyInvitations.Add(new SurveyInvitation
            {
                SurveyId = surveyId, ChildId = childId, Code = code, AgeBand = ageBand, IssuedOn = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime),
            });
            await db.SaveChangesAsync();
            return code;
        });
}
