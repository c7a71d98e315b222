using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoParent.Core.Access;
using CoParent.Core.Measures;
using CoParent.Core.Reviews;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Web.Tests.Features.Reviews;

/// <summary>Issue 6, reviews of the child's plan: the record section, the form the IRO uses, the due list and the API.</summary>
public abstract class ReviewsTests(CoParentApp app) : IntegrationTest(app)
{
    // Today is Monday 23 November 2026. Care from Monday 1 June 2026: first review due 29 June (20 working days).
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly string[] School = ["School"];
    private static readonly string[] Neighbour = ["Neighbour"];

    [SkippableFact]
    public async Task Get_ReviewsPage_ShowsHeldReviewOnTimeAndNextReviewOverdue()
    {
        // Reviewed 20 June (on time); the second was due 3 months later, 20 September: overdue today.
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: June1);
        await TestData.AddReviewAsync(App, child.Id, new DateOnly(2026, 6, 20), "PN2");
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.GetAsync($"/children/{child.Id}/reviews");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var due = page.QuerySelector("#next-review-due")!.TextContent;
        Assert.Contains("20 September 2026", due);
        Assert.Contains("Overdue", due);
        var row = page.QuerySelector("tr.review-held")!.TextContent;
        Assert.Contains("29 June 2026", row);
        Assert.Contains("On time", row);
        Assert.Contains("an advocate spoke for them", row);
        Assert.Contains("64 days overdue", page.Body!.TextContent);
    }

    [SkippableFact]
    public async Task Post_AllocatedIroRecordsAReview_SavesItWithTheIroAsChair()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId, since: June1);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var response = await client.PostFormAsync($"/children/{child.Id}/reviews/new",
        [
            new("Input.ReviewDate.Day", "20"), new("Input.ReviewDate.Month", "6"), new("Input.ReviewDate.Year", "2026"),
            new("Input.Participation", "PN1"), new("Input.Attendees", "Parent"), new("Input.Attendees", "Carer"),
            new("Input.NextReviewBy.Day", "1"), new("Input.NextReviewBy.Month", "8"), new("Input.NextReviewBy.Year", "2026"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{child.Id}/reviews", response.Headers.Location!.ToString());
        var review = Assert.Single(await TestData.ReviewsOfAsync(App, child.Id));
        Assert.Equal(new DateOnly(2026, 6, 20), review.ReviewDate);
        Assert.Equal("PN1", review.Participation);
        Assert.Equal(App.Users.IroId, review.ChairedByUserId);
        Assert.Equal(ReviewAttendees.Parent | ReviewAttendees.Carer, review.Attendees);
        Assert.Equal(new DateOnly(2026, 8, 1), review.NextReviewBy);
    }

    [SkippableFact]
    public async Task Get_ReviewsPage_AsAllocatedIro_OffersToRecordAReview()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId, since: June1);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var html = await client.GetStringAsync($"/children/{child.Id}/reviews");

        Assert.Contains($"href=\"/children/{child.Id}/reviews/new\"", html);
    }

    [SkippableFact]
    public async Task Post_IroOfAnotherChild_ReturnsForbidden()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: June1);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var response = await client.PostFormAsync($"/children/{child.Id}/reviews/new", [new("Input.Participation", "PN1")], tokenFrom: "/");

        Html.AssertForbidden(response);
        Assert.Empty(await TestData.ReviewsOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Post_SocialWorkerOfAnotherTeam_ReturnsForbidden()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId, since: June1);
        var client = await App.SignedInClientAsync(TestUsers.OtherSocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/reviews/new",
            [new("Input.ReviewDate.Day", "20"), new("Input.ReviewDate.Month", "6"), new("Input.ReviewDate.Year", "2026"), new("Input.Participation", "PN1")],
            tokenFrom: "/");

        Html.AssertForbidden(response);
        Assert.Empty(await TestData.ReviewsOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Get_ReviewsPage_AsCouncillor_ReturnsForbidden()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: June1);
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var response = await client.GetAsync($"/children/{child.Id}/reviews");

        Html.AssertForbidden(response);
    }

    [SkippableFact]
    public async Task Post_WithNothingEntered_ShowsErrorsLinkedToEachField()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: June1);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/reviews/new", []);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_ReviewDate", "Enter the date of the review"), errors);
        Assert.Contains(("#Input_Participation", "Select how the child took part in the review"), errors);
    }

    [SkippableFact]
    public async Task Post_TakingPartCodeForAToddler_ShowsTheUnder4Error()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: June1, dateOfBirth: new DateOnly(2024, 1, 1));
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/reviews/new",
        [
            new("Input.ReviewDate.Day", "20"), new("Input.ReviewDate.Month", "6"), new("Input.ReviewDate.Year", "2026"),
            new("Input.Participation", "PN1"),
            new("Input.NextReviewBy.Day", "1"), new("Input.NextReviewBy.Month", "6"), new("Input.NextReviewBy.Year", "2026"),
        ]);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_Participation", "The child was under 4 on the day of the review, so choose PN0"), errors);
        Assert.Contains(("#Input_NextReviewBy", "The date set for the next review must be after the date of this review"), errors);
        Assert.Empty(await TestData.ReviewsOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Post_DateAlreadyRecordedOrInTheFuture_ShowsDateError()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: June1);
        await TestData.AddReviewAsync(App, child.Id, new DateOnly(2026, 6, 20));
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var again = await client.PostFormAsync($"/children/{child.Id}/reviews/new",
            [new("Input.ReviewDate.Day", "20"), new("Input.ReviewDate.Month", "6"), new("Input.ReviewDate.Year", "2026"), new("Input.Participation", "PN1")]);
        var future = await client.PostFormAsync($"/children/{child.Id}/reviews/new",
            [new("Input.ReviewDate.Day", "1"), new("Input.ReviewDate.Month", "12"), new("Input.ReviewDate.Year", "2026"), new("Input.Participation", "PN1")]);

        Assert.Contains(("#Input_ReviewDate", "A review on this date is already recorded for this child"), Html.ErrorSummary(await Html.ParseAsync(again)));
        Assert.Contains(("#Input_ReviewDate", "The date of the review must be today or in the past"), Html.ErrorSummary(await Html.ParseAsync(future)));
    }

    [SkippableFact]
    public async Task Get_ReviewsDue_AsIro_ListsTheirOverdueChildButNotAnotherIros()
    {
        var family = TestData.UniqueFamilyName();
        var mine = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId, since: June1, familyName: family);
        var (otherIro, _) = await TestData.AddWorkerAsync(App, Roles.Iro);
        var theirs = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: otherIro, since: June1, familyName: family);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var page = await Html.ParseAsync(await client.GetAsync("/reviews?show=overdue"));
        var rows = page.QuerySelectorAll("tr.review-due").Select(r => r.GetAttribute("data-child")).ToList();

        Assert.Contains(mine.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), rows);
        Assert.DoesNotContain(theirs.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), rows);
    }

    [SkippableFact]
    public async Task Get_ReviewsDue_ReviewNotDueForMonths_IsNotListed()
    {
        // Reviewed yesterday: the next is months away.
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId, since: June1);
        await TestData.AddReviewAsync(App, child.Id, new DateOnly(2026, 6, 20));
        await TestData.AddReviewAsync(App, child.Id, Today.AddDays(-1));
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var page = await Html.ParseAsync(await client.GetAsync("/reviews"));

        Assert.DoesNotContain(page.QuerySelectorAll("tr.review-due"), r => r.GetAttribute("data-child") == child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [SkippableFact]
    public async Task Get_ApiReviews_ReturnsNextDueAndHeldReviews()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: June1);
        await TestData.AddReviewAsync(App, child.Id, new DateOnly(2026, 7, 1), "PN7");
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.GetAsync($"/api/children/{child.Id}/reviews");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Held 1 July, two days after the 29 June due date: late; the next was due 1 October.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2026-10-01", json.RootElement.GetProperty("next").GetProperty("due").GetString());
        Assert.True(json.RootElement.GetProperty("next").GetProperty("overdue").GetBoolean());
        var held = json.RootElement.GetProperty("reviews")[0];
        Assert.False(held.GetProperty("onTime").GetBoolean());
        Assert.Equal("2026-06-29", held.GetProperty("due").GetString());
        Assert.False(held.GetProperty("childViewsShared").GetBoolean());
    }

    [SkippableFact]
    public async Task Post_ApiReview_AsAllocatedIro_ReturnsCreated()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId, since: June1);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var response = await client.PostAsJsonAsync($"/api/children/{child.Id}/reviews",
            new { reviewDate = "2026-06-25", participation = "PN6", attendees = School });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var review = Assert.Single(await TestData.ReviewsOfAsync(App, child.Id));
        Assert.Equal(("PN6", ReviewAttendees.School, App.Users.IroId), (review.Participation, review.Attendees, review.ChairedByUserId));
    }

    [SkippableFact]
    public async Task Post_ApiReview_Invalid_ReturnsValidationProblemNamingFields()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: June1);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostAsJsonAsync($"/api/children/{child.Id}/reviews",
            new { reviewDate = "2026-02-30", participation = "PN9", attendees = Neighbour });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("reviewDate", out _));
        Assert.True(errors.TryGetProperty("participation", out _));
        Assert.True(errors.TryGetProperty("attendees", out _));
    }

    [SkippableFact]
    public async Task Post_ApiReview_AsCouncillor_ReturnsForbidden()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: June1);
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var response = await client.PostAsJsonAsync($"/api/children/{child.Id}/reviews", new { reviewDate = "2026-06-25", participation = "PN1" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await TestData.ReviewsOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task OutcomeMeasures_Reviews_CountTheChildsOverdueReviewAndOnTimeReview()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: June1);
        await TestData.AddReviewAsync(App, child.Id, new DateOnly(2026, 6, 20), "PN1");
        using var scope = App.Services.CreateScope();
        var source = scope.ServiceProvider.GetServices<IOutcomeMeasures>().Single(s => s.Section == "Reviews");
        var db = scope.ServiceProvider.GetRequiredService<CoParent.Data.CoParentDbContext>();

        var measures = await source.CalculateAsync(db, new MeasurePeriod(new DateOnly(2026, 4, 1), Today), CancellationToken.None);

        Assert.Equal([2], source.Outcomes);
        Assert.Contains(child.Id, measures.Single(m => m.Id == "reviews.on-time").ChildIds);
        Assert.Contains(child.Id, measures.Single(m => m.Id == "reviews.overdue").ChildIds);
        Assert.Contains(child.Id, measures.Single(m => m.Id == "reviews.participation").ChildIds);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReviewsTests_Sqlite(SqliteApp app) : ReviewsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReviewsTests_Postgres(PostgresApp app) : ReviewsTests(app);
