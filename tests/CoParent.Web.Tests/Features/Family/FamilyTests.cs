using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoParent.Core.Audit;
using CoParent.Core.Family;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Web.Tests.Features.Family;

public abstract class FamilyTests(CoParentApp app) : IntegrationTest(app)
{
    private static List<KeyValuePair<string, string>> FamilyTimeForm(string withName = "Mum (Sarah)", string supervised = "yes") =>
    [
        new("Input.WithName", withName), new("Input.Relationship", "Mother"), new("Input.Frequency", "Weekly"),
        new("Input.Method", "InPerson"), new("Input.Supervised", supervised), new("Input.SupervisedBy", "Family centre"),
        new("Input.From.Day", "2"), new("Input.From.Month", "11"), new("Input.From.Year", "2026"),
        new("Input.ChildsView", "I like it"),
    ];

    [SkippableFact]
    public async Task Post_AddFamilyTime_SavesShowsItAndAudits()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/family/time/new", FamilyTimeForm());
        var page = await Html.ParseAsync(await client.GetAsync($"/children/{child.Id}/family"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await App.WithDbAsync(db => db.FamilyTimeArrangements.AsNoTracking().SingleAsync(a => a.ChildId == child.Id));
        Assert.Equal(FamilyTimeFrequency.Weekly, saved.Frequency);
        Assert.True(saved.Supervised);
        Assert.Equal("Family centre", saved.SupervisedBy);
        Assert.Equal(new DateOnly(2026, 11, 2), saved.From);
        Assert.Contains("Mum (Sarah)", page.QuerySelector("#current-family-time")!.TextContent);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == child.Id && a.Action == "family.time.add" && a.Outcome == AuditOutcome.Allowed)));
    }

    [SkippableFact]
    public async Task Post_AddFamilyTime_WithMissingFields_Returns400WithAnErrorForEachField()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        List<KeyValuePair<string, string>> form =
        [
            new("Input.WithName", ""), new("Input.From.Day", "31"), new("Input.From.Month", "2"), new("Input.From.Year", "2026"),
        ];

        var response = await client.PostFormAsync($"/children/{child.Id}/family/time/new", form);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_WithName", "Enter the name of the person the child has family time with"), errors);
        Assert.Contains(("#Input_Relationship", "Select who the person is to the child"), errors);
        Assert.Contains(("#Input_Frequency", "Select how often family time happens"), errors);
        Assert.Contains(("#Input_Supervised", "Select yes if family time is supervised"), errors);
        Assert.Contains(("#Input_From", "The date family time started must be a real date"), errors);
        Assert.Equal(0, await App.WithDbAsync(db => db.FamilyTimeArrangements.CountAsync(a => a.ChildId == child.Id)));
    }

    [SkippableFact]
    public async Task Post_EndFamilyTime_EndsTheArrangement_AndRejectsAnEndBeforeItStarted()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        await client.PostFormAsync($"/children/{child.Id}/family/time/new", FamilyTimeForm());
        var id = await App.WithDbAsync(db => db.FamilyTimeArrangements.Where(a => a.ChildId == child.Id).Select(a => a.Id).SingleAsync());
        var url = $"/children/{child.Id}/family/time/end";

        var early = await client.PostFormAsync(url, [new("Arrangement", id.ToString()), new("EndedOn.Day", "1"), new("EndedOn.Month", "1"), new("EndedOn.Year", "2026")]);
        var ended = await client.PostFormAsync(url, [new("Arrangement", id.ToString()), new("EndedOn.Day", "20"), new("EndedOn.Month", "11"), new("EndedOn.Year", "2026")]);

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains(Html.ErrorSummary(await Html.ParseAsync(early)), e => e.Href == "#EndedOn" && e.Message.StartsWith("The end date must be on or after", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 20), await App.WithDbAsync(db => db.FamilyTimeArrangements.Where(a => a.Id == id).Select(a => a.To).SingleAsync()));
    }

    [SkippableFact]
    public async Task Post_LinkSibling_ShowsFromBothSides_AndLivingTogetherIsWorkedOut()
    {
        var family = TestData.UniqueFamilyName();
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: family);
        var brother = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Ben", familyName: family);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var url = $"/children/{child.Id}/family/siblings/new";

        var search = await Html.ParseAsync(await client.GetAsync($"{url}?q=Ben {family}"));
        var response = await client.PostFormAsync(url,
            [new("SiblingId", brother.Id.ToString()), new("Relationship", "Half"), new("PlacedTogether", "yes")], tokenFrom: "/");
        var fromChild = await Html.ParseAsync(await client.GetAsync($"/children/{child.Id}/family"));
        var fromBrother = await Html.ParseAsync(await client.GetAsync($"/children/{brother.Id}/family"));

        Assert.NotNull(search.QuerySelector($"input[name=SiblingId][value='{brother.Id}']"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var link = await App.WithDbAsync(db => db.SiblingLinks.AsNoTracking().SingleAsync(s => s.ChildId == child.Id || s.SiblingId == child.Id));
        Assert.Equal((Math.Min(child.Id, brother.Id), Math.Max(child.Id, brother.Id)), (link.ChildId, link.SiblingId));
        // Both test children live with "Test foster carers" at CM2 0AA: together, worked out from the placements.
        Assert.Contains("Ben", fromChild.QuerySelector("#sibling-table")!.TextContent);
        Assert.Contains("Together", fromChild.QuerySelector("#sibling-table")!.TextContent);
        Assert.Contains("Ada", fromBrother.QuerySelector("#sibling-table")!.TextContent);

        await TestData.MoveToCarerAsync(App, brother.Id, "Mr and Mrs Elsewhere", "CO1 1AA");
        var apart = await Html.ParseAsync(await client.GetAsync($"/children/{child.Id}/family"));
        Assert.Contains("Apart", apart.QuerySelector("#sibling-table")!.TextContent);
    }

    [SkippableFact]
    public async Task Get_Family_SiblingTheViewerMayNotSee_IsDescribedNotNamed()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var hidden = await TestData.CreateChildInCareAsync(App, App.Users.OtherSocialWorkerId, givenName: "Secretname");
        await TestData.LinkSiblingsAsync(App, child.Id, hidden.Id, placedTogether: false);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var page = await Html.ParseAsync(await client.GetAsync($"/children/{child.Id}/family"));
        var siblings = page.QuerySelector("#sibling-table")!;

        Assert.DoesNotContain("Secretname", siblings.TextContent);
        Assert.Contains("A sister in care (record not available to you)", siblings.TextContent);
        Assert.Null(siblings.QuerySelector($"a[href='/children/{hidden.Id}/family']"));
    }

    [SkippableFact]
    public async Task Post_LinkSibling_ToAChildTheUserCannotSee_Returns400AndLinksNothing()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var other = await TestData.CreateChildInCareAsync(App, App.Users.OtherSocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/family/siblings/new",
            [new("SiblingId", other.Id.ToString()), new("Relationship", "Full"), new("PlacedTogether", "no")], tokenFrom: "/");
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#SiblingId", "Select the brother or sister"), errors);
        Assert.Contains(("#ApartReason", "Select why they are placed apart"), errors);
        Assert.Equal(0, await App.WithDbAsync(db => db.SiblingLinks.CountAsync(s => s.ChildId == child.Id || s.SiblingId == child.Id)));
    }

    [SkippableFact]
    public async Task Post_CarePlanAndPermanence_SaveAndShow_AndAReviewBeforeAgreementIsRefused()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var carePlan = $"/children/{child.Id}/family/care-plan";

        var wrong = await client.PostFormAsync(carePlan,
            [new("AgreedOn.Day", "1"), new("AgreedOn.Month", "10"), new("AgreedOn.Year", "2026"), new("ReviewBy.Day", "1"), new("ReviewBy.Month", "9"), new("ReviewBy.Year", "2026")]);
        var saved = await client.PostFormAsync(carePlan,
            [new("AgreedOn.Day", "1"), new("AgreedOn.Month", "6"), new("AgreedOn.Year", "2026"), new("ReviewBy.Day", "1"), new("ReviewBy.Month", "11"), new("ReviewBy.Year", "2026")]);
        var permanence = await client.PostFormAsync($"/children/{child.Id}/family/permanence",
            [new("Plan", "LongTermFostering"), new("SetOn.Day", "1"), new("SetOn.Month", "7"), new("SetOn.Year", "2026")]);
        var page = await Html.ParseAsync(await client.GetAsync($"/children/{child.Id}/family"));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains(("#ReviewBy", "The review date must be after the date the plan was agreed"), Html.ErrorSummary(await Html.ParseAsync(wrong)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, permanence.StatusCode);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Overdue", text); // review by 1 November 2026, and today is 23 November 2026
        Assert.Contains("Long-term fostering", text);
    }

    [SkippableFact]
    public async Task Get_IroOpensFamily_ReadsWithoutChangeLinks_AndCannotOpenTheForms()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, App.Users.IroId);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var page = await client.GetAsync($"/children/{child.Id}/family");
        var form = await client.GetAsync($"/children/{child.Id}/family/time/new");
        var post = await client.PostFormAsync($"/children/{child.Id}/family/time/new", FamilyTimeForm(), tokenFrom: "/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null((await Html.ParseAsync(page)).QuerySelector($"a[href='/children/{child.Id}/family/time/new']"));
        Html.AssertForbidden(form);
        Html.AssertForbidden(post);
        Assert.Equal(0, await App.WithDbAsync(db => db.FamilyTimeArrangements.CountAsync(a => a.ChildId == child.Id)));
    }

    [SkippableFact]
    public async Task Get_CouncillorOpensFamilyOrTheList_ReturnsForbidden()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        Html.AssertForbidden(await client.GetAsync($"/children/{child.Id}/family"));
        Html.AssertForbidden(await client.GetAsync("/family-time"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/children/{child.Id}/family")).StatusCode);
    }

    [SkippableFact]
    public async Task Get_FamilyTimeList_ShowsTheWorkersChildrenToActOn_NotOtherWorkers()
    {
        // A name that sorts first, so the child is on the first page of each list however many other tests add.
        var family = TestData.UniqueFamilyName("Aaaa");
        var mine = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: family);
        var sister = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: family);
        await TestData.MoveToCarerAsync(App, sister.Id, "Ms Faraway", "CO1 1AA");
        await TestData.LinkSiblingsAsync(App, mine.Id, sister.Id, placedTogether: false);
        var theirs = await TestData.CreateChildInCareAsync(App, App.Users.OtherSocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var page = await Html.ParseAsync(await client.GetAsync("/family-time"));

        Assert.NotNull(page.QuerySelector($"#family-time tr[data-child-id='{mine.Id}']"));
        Assert.NotNull(page.QuerySelector($"#care-plan tr[data-child-id='{mine.Id}']"));
        Assert.NotNull(page.QuerySelector($"#siblings tr[data-child-id='{mine.Id}']"));
        Assert.Null(page.QuerySelector($"tr[data-child-id='{theirs.Id}']"));
    }

    [SkippableFact]
    public async Task Api_PostArrangementThenGetFamily_ReturnsIt_AndInvalidBodiesGetFieldErrors()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var url = $"/api/children/{child.Id}/family";

        var created = await client.PostAsJsonAsync($"{url}/time-arrangements", new
        {
            withName = "Grandad", relationship = "Grandparent", frequency = "Monthly", method = "Video", supervised = false, from = "2026-10-01",
        });
        var invalid = await client.PostAsJsonAsync($"{url}/time-arrangements", new { withName = "", relationship = "3", frequency = "Daily", from = "2026-10-01", to = "2026-09-01" });
        var family = await client.GetFromJsonAsync<JsonElement>(url);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "withName", "relationship", "frequency", "method", "supervised", "to" }) Assert.True(errors.TryGetProperty(field, out _), field);
        var arrangement = Assert.Single(family.GetProperty("familyTime").EnumerateArray());
        Assert.Equal("Grandad", arrangement.GetProperty("withName").GetString());
        Assert.True(arrangement.GetProperty("isCurrent").GetBoolean());
    }

    [SkippableFact]
    public async Task Api_PostArrangementAsAForm_Returns400AndSavesNothing()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostAsync($"/api/children/{child.Id}/family/time-arrangements",
            new FormUrlEncodedContent([new("withName", "Mum"), new("relationship", "Mother")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.FamilyTimeArrangements.CountAsync(a => a.ChildId == child.Id)));
    }

    [SkippableFact]
    public async Task Api_IroPostsArrangement_ReturnsForbidden()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, App.Users.IroId);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var response = await client.PostAsJsonAsync($"/api/children/{child.Id}/family/time-arrangements",
            new { withName = "Mum", relationship = "Mother", frequency = "Weekly", method = "Phone", supervised = false, from = "2026-10-01" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task OutcomeMeasures_FamilySourceIsRegistered_AndCountsTheseChildren()
    {
        var a = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var b = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        await TestData.LinkSiblingsAsync(App, a.Id, b.Id);
        using var scope = App.Services.CreateScope();
        var source = scope.ServiceProvider.GetServices<IOutcomeMeasures>().Single(s => s.Section == "Family and relationships");
        var db = scope.ServiceProvider.GetRequiredService<CoParent.Data.CoParentDbContext>();

        var measures = await source.CalculateAsync(db, CoParent.Core.Measures.MeasurePeriod.QuarterContaining(new DateOnly(2026, 11, 23)), CancellationToken.None);

        Assert.Equal([1, 5], source.Outcomes);
        Assert.Contains(a.Id, measures.Single(m => m.Id == "family.siblings-living-together").ChildIds);
        Assert.Contains(b.Id, measures.Single(m => m.Id == "family.siblings-in-care").ChildIds);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FamilyTests_Sqlite(SqliteApp app) : FamilyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FamilyTests_Postgres(PostgresApp app) : FamilyTests(app);
