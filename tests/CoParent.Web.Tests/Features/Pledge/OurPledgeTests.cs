using System.Net;
using AngleSharp.Html.Parser;
using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Core.Voice;
using CoParent.Web.Features.Snapshots;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoParent.Web.Tests.Features.Pledge;

public abstract class OurPledgeTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task Get_OurPledge_WhenSignedOut_ShowsEveryPromiseWithLinksToHaveYourSay()
    {
        var client = App.CreateBrowserlessClient();

        var response = await client.GetAsync("/our-pledge");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Our promises to you", document.QuerySelector("h1")!.TextContent.Trim());
        var promises = document.QuerySelectorAll("h2[id^='promise-']").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(7, promises.Count);
        Assert.Contains("2. We will keep you safe, healthy and well", promises);
        Assert.True(document.QuerySelectorAll("a[href='/have-your-say']").Length >= 8);
        Assert.Contains("April 2025 to March 2026", document.Body!.TextContent);
    }

    [SkippableFact]
    public async Task Get_OurPledge_WhenAChildWithADistinctiveNameIsInCare_NeverShowsTheirName()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId,
            givenName: "Zephyrine", familyName: TestData.UniqueFamilyName("Quillfeather"),
            since: DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime).AddYears(-3));
        var client = App.CreateBrowserlessClient();

        var html = await client.GetStringAsync("/our-pledge");

        Assert.DoesNotContain(child.FamilyName, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Zephyrine", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(child.PersonId, html);
    }

    [SkippableFact]
    public async Task Get_OurPledge_ActionOnTrack_ShowsUnderThePromiseItsOutcomeServes()
    {
        var title = "Help care leavers open a bank account " + Guid.NewGuid().ToString("N")[..6];
        await App.WithDbAsync(async db =>
        {
            db.DeliveryActions.Add(new DeliveryAction
            {
                Outcome = 7, Title = title, Owner = "Leaving care team", Status = ActionStatus.OnTrack,
                CreatedAtUtc = CoParentApp.Now.UtcDateTime, UpdatedAtUtc = CoParentApp.Now.UtcDateTime,
            });
            await db.SaveChangesAsync();
        });
        var client = App.CreateBrowserlessClient();

        var html = await client.GetStringAsync("/our-pledge");

        var afterPromise7 = html[html.IndexOf("id=\"promise-7\"", StringComparison.Ordinal)..];
        Assert.Contains(title, afterPromise7);
    }

    // Figures for a year nobody else's tests touch: the clock moves to June 2035, so the page tells April 2034 to March 2035.
    [SkippableFact]
    public async Task Get_OurPledge_ThreeChildrenSaidYes_SaysAFewAndNeverTheNumber()
    {
        var app = App;
        await CreateClosedSurveyAsync(app, new DateOnly(2035, 2, 1), proudYes: 3, proudNo: 4, listenedAlways: 16, listenedNever: 4);
        await using var future = InJune(app, 2035);
        var client = future.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/our-pledge");
        var text = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).Body!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("From April 2034 to March 2035", text);
        Assert.Contains("A few children and young people who answered our survey said they feel proud to be who they are.", text);
        Assert.Single(text.Split("said they feel proud to be who they are").SkipLast(1));
        Assert.Contains("8 in every 10 children and young people who answered our survey said they always feel listened to about their care.", text);
    }

    // The year the Panel was given, frozen, is what the children read: the page shows the frozen figure, not one worked
    // out afresh (there are no records in 2036-37 at all). The clock moves to June 2037 for a year nobody else touches.
    [SkippableFact]
    public async Task Get_OurPledge_WhenTheYearIsFrozen_ShowsTheFrozenFigures()
    {
        var year = new MeasurePeriod(new DateOnly(2036, 4, 1), new DateOnly(2037, 3, 31));
        ScorecardLine[] lines =
        [
            new("voice.question.listened-to", "Feel listened to about their care", "Answered always", MeasureUnits.Percent, 3, 1,
                MeasureDirection.HigherIsBetter, 90m, 18, 20, null, null, RagRating.None, "VoiceMeasures"),
        ];
        await App.WithDbAsync(db => ScorecardSnapshots.SaveAsync(db, year, lines, ScorecardSnapshots.EndOfPeriodReason, ScorecardSnapshots.Automatic, CoParentApp.Now.UtcDateTime));
        await using var future = InJune(App, 2037);

        var text = new HtmlParser().ParseDocument(await future.CreateClient().GetStringAsync("/our-pledge")).Body!.TextContent;

        Assert.Contains("From April 2036 to March 2037", text);
        Assert.Contains("9 in every 10 children and young people who answered our survey said they always feel listened to about their care.", text);
    }

    private static WebApplicationFactory<Program> InJune(CoParentApp app, int year)
    {
        var later = new FakeTimeProvider(new DateTimeOffset(year, 6, 1, 10, 0, 0, TimeSpan.Zero));
        later.SetLocalTimeZone(TimeZoneInfo.Utc);
        return app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(later);
        }));
    }

    private static Task CreateClosedSurveyAsync(CoParentApp app, DateOnly closes, int proudYes, int proudNo, int listenedAlways, int listenedNever) =>
        app.WithDbAsync(async db =>
        {
            var survey = new Survey
            {
                Title = "Pledge test " + Guid.NewGuid().ToString("N")[..6], Introduction = "Tell us what care is like.",
                Opens = closes.AddDays(-30), Closes = closes, Status = SurveyStatus.Closed, CreatedAtUtc = CoParentApp.Now.UtcDateTime,
            };
            survey.Questions.AddRange(StandardQuestions.All.Select((q, i) =>
                new SurveyQuestion { Order = i + 1, Text = q.Text, Scale = q.Scale, StandardKey = q.Key }));
            db.Surveys.Add(survey);
            await db.SaveChangesAsync();

            var proud = survey.Questions.Single(q => q.StandardKey == StandardQuestions.ProudToBeMe).Id;
            var listened = survey.Questions.Single(q => q.StandardKey == StandardQuestions.ListenedTo).Id;
            var responses = Math.Max(proudYes + proudNo, listenedAlways + listenedNever);
            for (var i = 0; i < responses; i++)
            {
                var response = new SurveyResponse { Id = Guid.NewGuid(), SurveyId = survey.Id, SubmittedOn = closes.AddDays(-1), AgeBand = SurveyAgeBands.Age11To13 };
                if (i < proudYes + proudNo) response.Answers.Add(new SurveyAnswer { QuestionId = proud, Answer = i < proudYes ? "yes" : "no" });
                if (i < listenedAlways + listenedNever) response.Answers.Add(new SurveyAnswer { QuestionId = listened, Answer = i < listenedAlways ? "always" : "never" });
                db.SurveyResponses.Add(response);
            }
            await db.SaveChangesAsync();
        });
}

[Collection(SqliteCollection.Name)]
public sealed class OurPledgeTests_Sqlite(SqliteApp app) : OurPledgeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OurPledgeTests_Postgres(PostgresApp app) : OurPledgeTests(app);
