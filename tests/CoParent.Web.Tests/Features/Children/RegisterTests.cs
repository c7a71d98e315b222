using System.Net;
using CoParent.Core.Audit;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Children;

public abstract class RegisterTests(CoParentApp app) : IntegrationTest(app)
{
    private async Task<List<string>> NamesListedAsync(string userName, string query)
    {
        var client = await App.SignedInClientAsync(userName);
        var response = await client.GetAsync($"/children?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        return page.QuerySelectorAll("table.govuk-table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
    }

    [SkippableFact]
    public async Task Get_Register_SocialWorker_ListsOnlyTheirAllocatedChildren()
    {
        var family = TestData.UniqueFamilyName();
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Mine", familyName: family);
        await TestData.CreateChildInCareAsync(App, App.Users.OtherSocialWorkerId, givenName: "Theirs", familyName: family);

        var names = await NamesListedAsync(TestUsers.SocialWorker, $"q={family}");

        Assert.Equal([$"Mine {family}"], names);
    }

    [SkippableFact]
    public async Task Get_Register_TeamManager_ListsTheirTeamsChildren()
    {
        var family = TestData.UniqueFamilyName();
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Teama", familyName: family);
        await TestData.CreateChildInCareAsync(App, App.Users.OtherSocialWorkerId, givenName: "Teamb", familyName: family);

        var names = await NamesListedAsync(TestUsers.TeamManager, $"q={family}");

        Assert.Equal([$"Teama {family}"], names);
    }

    [SkippableFact]
    public async Task Get_Register_Manager_ListsEveryChild()
    {
        var family = TestData.UniqueFamilyName();
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Teama", familyName: family);
        await TestData.CreateChildInCareAsync(App, App.Users.OtherSocialWorkerId, givenName: "Teamb", familyName: family);

        var names = await NamesListedAsync(TestUsers.Manager, $"q={family}");

        Assert.Equal([$"Teama {family}", $"Teamb {family}"], names);
    }

    [SkippableTheory]
    [InlineData(TestUsers.Councillor)]
    [InlineData(TestUsers.Administrator)]
    public async Task Get_Register_CouncillorOrAdministrator_IsForbidden(string userName)
    {
        var client = await App.SignedInClientAsync(userName);

        var response = await client.GetAsync("/children");

        Html.AssertForbidden(response);
    }

    [SkippableFact]
    public async Task Get_Register_SearchByPersonId_FindsThatChild()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: TestData.UniqueFamilyName());

        var names = await NamesListedAsync(TestUsers.Manager, $"q={child.PersonId.ToLowerInvariant()}");

        Assert.Equal([child.DisplayName], names);
    }

    [SkippableFact]
    public async Task Get_Register_SearchByFullName_IgnoresCase()
    {
        var family = TestData.UniqueFamilyName();
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Bea", familyName: family);

        var names = await NamesListedAsync(TestUsers.Manager, $"q=BEA%20{family.ToUpperInvariant()}");

        Assert.Equal([$"Bea {family}"], names);
    }

    [SkippableFact]
    public async Task Get_Register_Filters_ByLegalStatusAgePlacementAndTeam()
    {
        var family = TestData.UniqueFamilyName();
        var today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Fostered", familyName: family, legalStatus: "C2", place: "U4", dateOfBirth: today.AddYears(-7));
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Interim", familyName: family, legalStatus: "C1", place: "K2", dateOfBirth: today.AddYears(-12));
        await TestData.CreateChildInCareAsync(App, App.Users.OtherSocialWorkerId, givenName: "Otherteam", familyName: family, legalStatus: "C2", place: "U4", dateOfBirth: today.AddYears(-16));
        var teamA = await App.WithDbAsync(db => db.Teams.Where(t => t.Name == TestUsers.TeamA).Select(t => t.Id).SingleAsync());

        Assert.Equal([$"Interim {family}"], await NamesListedAsync(TestUsers.Manager, $"q={family}&legalStatus=C1"));
        Assert.Equal([$"Fostered {family}"], await NamesListedAsync(TestUsers.Manager, $"q={family}&age=5%20to%209"));
        Assert.Equal([$"Otherteam {family}"], await NamesListedAsync(TestUsers.Manager, $"q={family}&age=16%20and%20over"));
        Assert.Equal([$"Interim {family}"], await NamesListedAsync(TestUsers.Manager, $"q={family}&placement=Children%27s%20homes%20and%20residential%20settings"));
        Assert.Equal([$"Fostered {family}", $"Interim {family}"], await NamesListedAsync(TestUsers.Manager, $"q={family}&team={teamA}"));
    }

    [SkippableFact]
    public async Task Get_Register_OnAnEarlierDate_LeavesOutChildrenNotYetInCare()
    {
        var family = TestData.UniqueFamilyName();
        var today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Recent", familyName: family, since: today.AddDays(-10));
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Longer", familyName: family, since: today.AddYears(-2));
        var earlier = today.AddMonths(-1);

        var names = await NamesListedAsync(TestUsers.Manager, $"q={family}&AsAt.Day={earlier.Day}&AsAt.Month={earlier.Month}&AsAt.Year={earlier.Year}");

        Assert.Equal([$"Longer {family}"], names);
    }

    [SkippableFact]
    public async Task Get_Register_TwentySixChildren_PagesTwentyFiveThenOne()
    {
        var family = TestData.UniqueFamilyName();
        for (var i = 0; i < 26; i++)
        {
            await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: $"Child{(char)('a' + i)}", familyName: family);
        }

        var first = await NamesListedAsync(TestUsers.SocialWorker, $"q={family}");
        var second = await NamesListedAsync(TestUsers.SocialWorker, $"q={family}&pageNumber=2");

        Assert.Equal(25, first.Count);
        Assert.Equal([$"Childz {family}"], second);
    }

    [SkippableFact]
    public async Task Get_Register_IsAuditedOnceWithoutTheSearch()
    {
        var family = TestData.UniqueFamilyName();
        var before = await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "register.list" && a.UserName == TestUsers.Iro));

        await NamesListedAsync(TestUsers.Iro, $"q={family}");

        var entries = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "register.list" && a.UserName == TestUsers.Iro).ToListAsync());
        Assert.Equal(before + 1, entries.Count);
        Assert.All(entries, e => Assert.DoesNotContain(family, e.Channel ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.All(entries, e => Assert.Equal(AuditOutcome.Allowed, e.Outcome));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegisterTests_Sqlite(SqliteApp app) : RegisterTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegisterTests_Postgres(PostgresApp app) : RegisterTests(app);
