using System.Net;
using CoParent.Core.Voice;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Voice;

public abstract class HaveYourSayTests(CoParentApp app) : IntegrationTest(app)
{
    private async Task<(Survey Survey, string Code, int ChildId, string FamilyName)> ChildWithCodeAsync()
    {
        var familyName = TestData.UniqueFamilyName("Voice");
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, givenName: "Kiera", familyName: familyName);
        var survey = await TestData.CreateOpenSurveyAsync(App);
        var code = await TestData.IssueCodeAsync(App, survey.Id, child.Id);
        return (survey, code, child.Id, familyName);
    }

    private static List<KeyValuePair<string, string>> Answers(Survey survey, string answer = "yes") =>
        survey.Questions.Where(q => q.Scale == AnswerScale.YesSometimesNo).Select(q => new KeyValuePair<string, string>($"Answers[{q.Id}]", answer)).ToList();

    [SkippableFact]
    public async Task Get_SurveyWithCode_WhenSignedOut_ShowsQuestionsWithoutTheChildsName()
    {
        var (survey, code, _, familyName) = await ChildWithCodeAsync();
        var client = App.CreateBrowserlessClient();

        var response = await client.GetAsync($"/have-your-say/{code}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(survey.Title, html);
        Assert.Contains("You do not have to answer every question", html);
        Assert.DoesNotContain(familyName, html);
        Assert.DoesNotContain("Kiera", html);
    }

    [SkippableFact]
    public async Task Post_Answers_WhenSignedOut_SavesThemWithTheAgeBandOnly_AndUsesTheCode()
    {
        var (survey, code, childId, _) = await ChildWithCodeAsync();
        var client = App.CreateBrowserlessClient();

        var response = await client.PostFormAsync($"/have-your-say/{code.ToLowerInvariant()}", Answers(survey));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/have-your-say/thank-you", response.Headers.Location!.ToString());
        var saved = await App.WithDbAsync(db => db.SurveyResponses.Include(r => r.Answers).SingleAsync(r => r.SurveyId == survey.Id));
        Assert.Equal(SurveyAgeBands.Age11To13, saved.AgeBand);
        Assert.Equal(3, saved.Answers.Count); // the three Yes / Sometimes / No questions; the rest were skipped
        Assert.NotNull(await App.WithDbAsync(db => db.SurveyInvitations.Where(i => i.ChildId == childId).Select(i => i.UsedOn).SingleAsync()));
        // The response has no column that could lead back to the child or the code.
        var columns = await App.WithDbAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(SurveyResponse))!.GetProperties().Select(p => p.Name).ToList()));
        Assert.DoesNotContain(columns, c => c.Contains("Child", StringComparison.Ordinal) || c.Contains("Invitation", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Post_SameCodeTwice_SecondIsRefusedKindly_AndOneResponseIsKept()
    {
        var (survey, code, _, _) = await ChildWithCodeAsync();
        var client = App.CreateBrowserlessClient();
        await client.PostFormAsync($"/have-your-say/{code}", Answers(survey));

        var again = await App.CreateBrowserlessClient().PostAsync($"/have-your-say/{code}", new FormUrlEncodedContent([]));
        var reopened = await App.CreateBrowserlessClient().GetAsync($"/have-your-say/{code}");
        var entered = await App.CreateBrowserlessClient().PostFormAsync("/have-your-say", [new("Code", code)]);

        Assert.NotEqual(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, reopened.StatusCode);
        Assert.Contains("already been used", await reopened.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, entered.StatusCode);
        Assert.Contains("already been used", await entered.Content.ReadAsStringAsync());
        Assert.Equal(1, await App.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id)));
    }

    [SkippableFact]
    public async Task Post_EnterUnknownCode_ShowsAKindMessageOnTheField()
    {
        var client = App.CreateBrowserlessClient();

        var response = await client.PostFormAsync("/have-your-say", [new("Code", "AAAAA AAAAA")]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Html.ErrorSummary(page), e => e.Href == "#Code" && e.Message.StartsWith("We could not find that code", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Get_CodeForClosedSurvey_SaysItHasClosed()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId);
        var survey = await TestData.CreateOpenSurveyAsync(App, SurveyStatus.Closed);
        var code = await TestData.IssueCodeAsync(App, survey.Id, child.Id);

        var response = await App.CreateBrowserlessClient().GetAsync($"/have-your-say/{code}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("This survey has closed", await response.Content.ReadAsStringAsync());
    }

    [SkippableTheory]
    [InlineData(TestUsers.Manager)]
    [InlineData(TestUsers.Councillor)]
    public async Task Get_Results_WithTwoAnswers_ShowsEveryCountAsC(string userName)
    {
        var survey = await TestData.CreateOpenSurveyAsync(App);
        for (var i = 0; i < 2; i++)
        {
            var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId);
            var code = await TestData.IssueCodeAsync(App, survey.Id, child.Id);
            await App.CreateBrowserlessClient().PostFormAsync($"/have-your-say/{code}", Answers(survey));
        }
        var client = await App.SignedInClientAsync(userName);

        var response = await client.GetAsync($"/have-your-say/surveys/{survey.Id}/results");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = page.QuerySelectorAll("table.question-result")[0];
        var yes = table.QuerySelectorAll("tbody tr").First(tr => tr.QuerySelector("th")!.TextContent == "Yes");
        Assert.Equal("c", yes.QuerySelectorAll("td")[0].TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("td"), td => td.TextContent is "1" or "2");
        var rate = page.QuerySelector("#response-rate")!;
        Assert.Contains("c", rate.TextContent);
    }

    [SkippableFact]
    public async Task Get_ResultsDownload_IsAggregatesOnly_WithSmallCountsAsC()
    {
        var (survey, code, _, familyName) = await ChildWithCodeAsync();
        await App.CreateBrowserlessClient().PostFormAsync($"/have-your-say/{code}", Answers(survey));
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync($"/have-your-say/surveys/{survey.Id}/results/download");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("question,answer,age_band,count", csv);
        Assert.Contains("\"Yes\",\"All ages\",\"c\"", csv);
        Assert.DoesNotContain(familyName, csv);
        Assert.DoesNotContain(code, csv);
    }

    [SkippableFact]
    public async Task Get_Results_AsSocialWorker_ReturnsForbidden()
    {
        var survey = await TestData.CreateOpenSurveyAsync(App);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.GetAsync($"/have-your-say/surveys/{survey.Id}/results");

        Html.AssertForbidden(response);
    }

    [SkippableFact]
    public async Task Get_ChildVoice_AsSocialWorker_ShowsCodeAndWhetherAnswered_NeverTheAnswers()
    {
        var (survey, code, childId, _) = await ChildWithCodeAsync();
        await App.CreateBrowserlessClient().PostFormAsync($"/have-your-say/{code}", Answers(survey, "no"));
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.GetAsync($"/children/{childId}/voice");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = page.QuerySelector("#invitations")!.TextContent;
        Assert.Contains(InvitationCode.Show(code), table);
        Assert.Contains("Answered", table);
        Assert.DoesNotContain("No", table.Replace("Not answered", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Get_ChildVoiceApi_GivesCodesAndWhetherUsed()
    {
        var (survey, code, childId, _) = await ChildWithCodeAsync();
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var json = await client.GetStringAsync($"/api/children/{childId}/voice");

        Assert.Contains($"\"code\":\"{code}\"", json);
        Assert.Contains("\"answered\":false", json);
        Assert.Contains(survey.Title, json);
    }

    [SkippableFact]
    public async Task Get_Invitations_AsSocialWorker_ListsOwnChildrensUnusedCodesOnly()
    {
        var (_, code, _, familyName) = await ChildWithCodeAsync();
        var otherChild = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.OtherSocialWorkerId, familyName: TestData.UniqueFamilyName("Other"));
        var survey = await TestData.CreateOpenSurveyAsync(App);
        var otherCode = await TestData.IssueCodeAsync(App, survey.Id, otherChild.Id);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var html = await client.GetStringAsync("/have-your-say/invitations");

        Assert.Contains(familyName, html);
        Assert.Contains(InvitationCode.Show(code), html);
        Assert.DoesNotContain(InvitationCode.Show(otherCode), html);
    }

    [SkippableFact]
    public async Task Post_SendCodesTwice_GivesEachChildOneCode()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId);
        var survey = await TestData.CreateOpenSurveyAsync(App, SurveyStatus.Draft);
        var client = await App.SignedInClientAsync(TestUsers.Manager);
        var url = $"/have-your-say/surveys/{survey.Id}";

        var first = await client.PostFormAsync($"{url}?handler=Invite", [new("AgeBand", SurveyAgeBands.Age11To13)], tokenFrom: url);
        var second = await client.PostFormAsync($"{url}?handler=Invite", [new("AgeBand", "")], tokenFrom: url);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var codes = await App.WithDbAsync(db => db.SurveyInvitations.Where(i => i.SurveyId == survey.Id && i.ChildId == child.Id).ToListAsync());
        Assert.Equal(SurveyAgeBands.Age11To13, Assert.Single(codes).AgeBand);
    }

    [SkippableFact]
    public async Task Post_NewSurvey_AddStandardQuestions_Open_MakesAnOpenSurveyWithSixQuestions()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);
        var created = await client.PostFormAsync("/have-your-say/surveys/new",
        [
            new("Input.Title", "Have Your Say spring"), new("Input.Introduction", "Tell us how it is."),
            new("Input.Opens.Day", "1"), new("Input.Opens.Month", "11"), new("Input.Opens.Year", "2026"),
            new("Input.Closes.Day", "31"), new("Input.Closes.Month", "12"), new("Input.Closes.Year", "2026"),
        ]);
        var url = created.Headers.Location!.ToString();

        await client.PostFormAsync($"{url}?handler=AddStandard", [], tokenFrom: url);
        var opened = await client.PostFormAsync($"{url}?handler=Open", [], tokenFrom: url);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var id = int.Parse(url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var survey = await App.WithDbAsync(db => db.Surveys.Include(s => s.Questions).SingleAsync(s => s.Id == id));
        Assert.Equal(SurveyStatus.Open, survey.Status);
        Assert.Equal(StandardQuestions.All.Select(s => s.Key), survey.Questions.OrderBy(q => q.Order).Select(q => q.StandardKey));
    }

    [SkippableFact]
    public async Task Post_NewSurvey_WithNothingEntered_NamesEachField()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.PostFormAsync("/have-your-say/surveys/new", []);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_Title", "Enter a title for the survey"), errors);
        Assert.Contains(errors, e => e.Href == "#Input_Opens");
        Assert.Contains(errors, e => e.Href == "#Input_Closes");
    }

    [SkippableFact]
    public async Task Post_RecordReferral_ThenClose_ShowsOnTheChildsVoicePage()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var url = $"/children/{child.Id}/voice/advocacy/new";

        var invalid = await client.PostFormAsync(url, []);
        var saved = await client.PostFormAsync(url,
        [
            new("Input.ReferredOn.Day", "2"), new("Input.ReferredOn.Month", "11"), new("Input.ReferredOn.Year", "2026"),
            new("Input.ReferredBy", "Child"), new("Input.Reason", "Wants help to speak at their review"), new("Input.Provider", "Rethink Advocacy"),
        ]);
        var referralId = await App.WithDbAsync(db => db.AdvocacyReferrals.Where(r => r.ChildId == child.Id).Select(r => r.Id).SingleAsync());
        var closeUrl = $"/children/{child.Id}/voice/advocacy/{referralId}/close";
        var closed = await client.PostFormAsync(closeUrl,
            [new("ClosedOn.Day", "20"), new("ClosedOn.Month", "11"), new("ClosedOn.Year", "2026"), new("Outcome", "Views put to the review")]);
        var html = await client.GetStringAsync($"/children/{child.Id}/voice");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains(Html.ErrorSummary(await Html.ParseAsync(invalid)), e => e.Href == "#Input_ReferredBy" && e.Message == "Select who made the referral");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains("Closed 20 November 2026", html);
        Assert.Contains("Views put to the review", html);
    }

    [SkippableFact]
    public async Task Post_RecordMeeting_AsTeamManager_ListsItInTheYear()
    {
        var client = await App.SignedInClientAsync(TestUsers.TeamManager);
        var topic = "Topic " + Guid.NewGuid().ToString("N")[..8];

        var saved = await client.PostFormAsync("/have-your-say/meetings/new",
        [
            new("Input.HeldOn.Day", "10"), new("Input.HeldOn.Month", "11"), new("Input.HeldOn.Year", "2026"),
            new("Input.With", "CorporateParentingPanel"), new("Input.ChildrenTookPart", "7"), new("Input.Topics", topic),
        ]);
        var html = await client.GetStringAsync(saved.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(topic, html);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HaveYourSayTests_Sqlite(SqliteApp app) : HaveYourSayTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HaveYourSayTests_Postgres(PostgresApp app) : HaveYourSayTests(app);
