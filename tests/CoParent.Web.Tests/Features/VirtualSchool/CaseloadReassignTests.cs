using System.Globalization;
using System.Net;
using CoParent.Core.Allocations;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.VirtualSchool;

/// <summary>Issue 5, corrections: the Virtual School Head moves children from one officer to another.</summary>
public abstract class CaseloadReassignTests(CoParentApp app) : IntegrationTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);

    private async Task<CoParent.Core.Children.Child> PupilAsync(string officerId)
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId,
            familyName: TestData.UniqueFamilyName("Reassigned"), dateOfBirth: Today.AddYears(-9));
        await TestData.EnrolAsync(App, child.Id, App.Users.SchoolAId);
        await TestData.AllocateVirtualSchoolOfficerAsync(App, child.Id, officerId);
        return child;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private string Reassign(string fromOfficerId) => $"/virtual-school/caseloads?handler=Reassign&from={fromOfficerId}";

    [SkippableFact]
    public async Task Get_CaseloadsFromAnOfficer_OffersThatOfficersChildrenToReassign()
    {
        var child = await PupilAsync(App.Users.VirtualSchoolOfficerId);
        var head = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        var page = await Html.ParseAsync(await head.GetAsync($"/virtual-school/caseloads?from={App.Users.VirtualSchoolOfficerId}"));

        Assert.NotNull(page.QuerySelector($"#reassign ~ form input[name=ReassignChildIds][value='{child.Id}']"));
    }

    [SkippableFact]
    public async Task Post_HeadReassignsChild_OldAllocationEndsYesterdayAndTheNewOfficerHasTheChildFromToday()
    {
        var child = await PupilAsync(App.Users.VirtualSchoolOfficerId);
        var head = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        var response = await head.PostFormAsync(Reassign(App.Users.VirtualSchoolOfficerId),
            [new("ToOfficerId", App.Users.OtherVirtualSchoolOfficerId), new("ReassignChildIds", Id(child.Id))], tokenFrom: "/virtual-school/caseloads");
        var newOfficer = await App.SignedInClientAsync(TestUsers.OtherVirtualSchoolOfficer);
        var oldOfficer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var allocations = await App.WithDbAsync(db => db.Allocations.AsNoTracking()
            .Where(a => a.ChildId == child.Id && a.Role == AllocationRole.VirtualSchoolOfficer).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([(App.Users.VirtualSchoolOfficerId, (DateOnly?)Today.AddDays(-1)), (App.Users.OtherVirtualSchoolOfficerId, null)],
            allocations.Select(a => (a.UserId, a.To)).ToList());
        Assert.Equal(Today, allocations[1].From);
        Assert.Equal(HttpStatusCode.OK, (await newOfficer.GetAsync($"/children/{child.Id}/education/exclusions")).StatusCode);
        Html.AssertForbidden(await oldOfficer.GetAsync($"/children/{child.Id}/education/exclusions"));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == child.Id && a.Action == "education.caseload.reassign")));
    }

    [SkippableFact]
    public async Task Post_ReassignChildOnAnotherOfficersCaseload_NamesTheChildrenAndMovesNoOne()
    {
        var child = await PupilAsync(App.Users.OtherVirtualSchoolOfficerId);
        var head = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        var response = await head.PostFormAsync(Reassign(App.Users.VirtualSchoolOfficerId),
            [new("ToOfficerId", App.Users.VirtualSchoolOfficerId), new("ReassignChildIds", Id(child.Id))], tokenFrom: "/virtual-school/caseloads");
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(errors, e => e.Href == "#ToOfficerId");
        Assert.Contains(errors, e => e.Href == "#ReassignChildIds" && e.Message.StartsWith("Select only children on", StringComparison.Ordinal));
        Assert.Equal(1, await App.WithDbAsync(db => db.Allocations.CountAsync(a => a.ChildId == child.Id && a.Role == AllocationRole.VirtualSchoolOfficer)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseloadReassignTests_Sqlite(SqliteApp app) : CaseloadReassignTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CaseloadReassignTests_Postgres(PostgresApp app) : CaseloadReassignTests(app);
