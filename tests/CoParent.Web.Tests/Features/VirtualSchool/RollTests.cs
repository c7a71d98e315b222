using System.Net;
using System.Net.Http.Json;
using System.Text;
using CoParent.Core.Allocations;
using CoParent.Core.Education;
using CoParent.Data.Education;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.VirtualSchool;

public abstract class RollTests(CoParentApp app) : IntegrationTest(app)
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    [SkippableFact]
    public async Task Get_Roll_DesignatedTeacher_SeesOnlyTheirOwnSchoolsChildrenInCare()
    {
        // Arrange
        var ours = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: Unique("Ourpupil"));
        var theirs = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: Unique("Otherpupil"));
        await TestData.EnrolAsync(App, ours.Id, App.Users.SchoolAId);
        await TestData.EnrolAsync(App, theirs.Id, App.Users.SchoolBId);
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        // Act
        var html = await client.GetStringAsync("/virtual-school/roll");

        // Assert
        Assert.Contains(ours.GivenName, html);
        Assert.DoesNotContain(theirs.GivenName, html);
        Assert.DoesNotContain("previously looked-after children", html);
    }

    [SkippableFact]
    public async Task Get_Roll_NoSchoolFilter_ShowsOnlyChildrenWithoutASchool()
    {
        var without = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: Unique("Noschool"));
        var with = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: Unique("Atschool"));
        await TestData.EnrolAsync(App, with.Id, App.Users.SchoolBId);
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        var all = await client.GetStringAsync("/virtual-school/roll");
        var filtered = await client.GetStringAsync("/virtual-school/roll?noschool=true");

        Assert.Contains(without.GivenName, all);
        Assert.Contains(with.GivenName, all);
        Assert.Contains(without.GivenName, filtered);
        Assert.DoesNotContain(with.GivenName, filtered);
    }

    [SkippableFact]
    public async Task Get_Roll_ChildTooYoungForTheRoll_IsNotListed()
    {
        // Born 1 January 2025: 1 on 31 August 2026, so two academic years before Reception is still a year away.
        var baby = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: Unique("Baby"), dateOfBirth: new DateOnly(2025, 1, 1));
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        var html = await client.GetStringAsync("/virtual-school/roll");

        Assert.DoesNotContain(baby.GivenName, html);
    }

    [SkippableFact]
    public async Task Get_Roll_PreviouslyLookedAfterTab_ListsAChildAdoptedFromCare()
    {
        // Arrange: the child's care ended in adoption (REC E11) last month.
        var adopted = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: Unique("Adopted"));
        await App.WithDbAsync(async db =>
        {
            var episode = await db.CareEpisodes.SingleAsync(e => e.ChildId == adopted.Id);
            episode.Dec = new DateOnly(2026, 10, 20);
            episode.Rec = "E11";
            await db.SaveChangesAsync();
        });
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        // Act
        var inCare = await client.GetStringAsync("/virtual-school/roll");
        var previously = await client.GetStringAsync("/virtual-school/roll?cohort=previously-looked-after");

        // Assert
        Assert.DoesNotContain(adopted.GivenName, inCare);
        Assert.Contains(adopted.GivenName, previously);
    }

    [SkippableFact]
    public async Task Get_RollCsv_HasTheColumnsThePageShows()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: Unique("Csvpupil"));
        await TestData.EnrolAsync(App, child.Id, App.Users.SchoolAId, sen: SenProvision.EducationHealthAndCarePlan);
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        var response = await client.GetAsync($"/virtual-school/roll?school={App.Users.SchoolAId}&format=csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("\uFEFFName,Year group,URN,School,Phase,Local authority,Area,SEN,Designated teacher,Virtual School officer", csv);
        Assert.Contains($"{child.GivenName} Testchild,Year 7,{TestSchools.SchoolA},Test Primary School A,Primary,Essex,In area,EHC plan", csv);
    }

    [SkippableFact]
    public async Task Post_Caseloads_HeadAllocatesAChild_OfficerSeesThemOnTheirRoll()
    {
        // Arrange
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: Unique("Caseload"));
        var head = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        // Act
        var response = await head.PostFormAsync("/virtual-school/caseloads",
            [new("OfficerId", App.Users.OtherVirtualSchoolOfficerId), new("ChildIds", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var officer = await App.SignedInClientAsync(TestUsers.OtherVirtualSchoolOfficer);
        var roll = await officer.GetStringAsync("/virtual-school/roll?officer=me");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(child.GivenName, roll);
        var audited = await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == child.Id && a.Action == "education.caseload.allocate"));
        Assert.True(audited);
    }

    [SkippableFact]
    public async Task Post_Caseloads_NothingSelected_NamesBothFields()
    {
        var head = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        var response = await head.PostFormAsync("/virtual-school/caseloads", []);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Select the Virtual School officer to allocate to", html);
        Assert.Contains("Select at least one child to allocate", html);
    }

    [SkippableFact]
    public async Task Post_ChangeSchool_EndsTheEnrolmentStartsTheNewOneAndRecordsTheMove()
    {
        // Arrange: at school A since a year ago; moves to school B on Monday 23 November having left on Friday 13 November.
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: Unique("Mover"));
        await TestData.EnrolAsync(App, child.Id, App.Users.SchoolAId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        // Act
        var response = await client.PostFormAsync($"/children/{child.Id}/education/school",
        [
            new("Input.SchoolUrn", TestSchools.SchoolB),
            new("Input.StartedOn.Day", "23"), new("Input.StartedOn.Month", "11"), new("Input.StartedOn.Year", "2026"),
            new("Input.LeftOn.Day", "13"), new("Input.LeftOn.Month", "11"), new("Input.LeftOn.Year", "2026"),
            new("Input.Sen", "SenSupport"),
        ]);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (enrolments, move) = await App.WithDbAsync(async db => (
            await db.SchoolEnrolments.Where(e => e.ChildId == child.Id).OrderBy(e => e.From).ToListAsync(),
            await db.EducationMoves.SingleAsync(m => m.ChildId == child.Id)));
        Assert.Equal(new DateOnly(2026, 11, 13), enrolments[0].To);
        Assert.Equal(App.Users.SchoolBId, enrolments[1].SchoolId);
        Assert.Equal(SenProvision.SenSupport, enrolments[1].Sen);
        Assert.Equal(App.Users.SchoolAId, move.FromSchoolId);
        Assert.True(move.MidYear);
        Assert.Equal(5, move.DaysOutOfEducation);
        Assert.False(move.CausedByPlacementMove);
        var page = await client.GetStringAsync($"/children/{child.Id}/education");
        Assert.Contains("Test Academy B", page);
    }

    [SkippableFact]
    public async Task Post_ChangeSchool_NothingEntered_NamesEachField()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/education/school", []);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter the new school&#x27;s URN", html);
        Assert.Contains("Enter the date the child started at the new school", html);
        Assert.Contains("Select the child&#x27;s special educational needs provision at the new school", html);
    }

    [SkippableFact]
    public async Task Post_ApiChangeSchool_AfterAPlacementMove_IsMarkedCausedByIt()
    {
        // Arrange: the placement began 10 days before the new school start.
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, since: new DateOnly(2026, 11, 13));
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        // Act
        var response = await client.PostAsJsonAsync($"/api/children/{child.Id}/education/school",
            new { schoolUrn = TestSchools.SchoolA, startedOn = "2026-11-23", sen = "None" });

        // Assert
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var move = await App.WithDbAsync(db => db.EducationMoves.SingleAsync(m => m.ChildId == child.Id));
        Assert.True(move.CausedByPlacementMove);
        Assert.Null(move.FromSchoolId);
    }

    [SkippableFact]
    public async Task Get_Education_DesignatedTeacherOfAnotherSchool_IsForbidden()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        await TestData.EnrolAsync(App, child.Id, App.Users.SchoolAId);
        var own = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);
        var other = await App.SignedInClientAsync(TestUsers.OtherDesignatedTeacher);

        var allowed = await own.GetAsync($"/children/{child.Id}/education");
        var denied = await other.GetAsync($"/children/{child.Id}/education");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [SkippableFact]
    public async Task ImportSchools_SameFileTwice_SecondTimeChangesNothing()
    {
        // Arrange
        var urn = "97" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var csv = "URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),LA (code),LA (name),Postcode,OfstedRating (name)\n" +
                  $"{urn},Willowmere Primary School,Community school,Primary,881,Essex,CM2 9AA,Good\n";

        // Act
        var first = await App.WithDbAsync(db => SchoolsImporter.ImportAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(csv))));
        var second = await App.WithDbAsync(db => SchoolsImporter.ImportAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(csv))));

        // Assert
        Assert.Equal("1 added, 0 changed", first.Summary);
        Assert.Equal("0 added, 0 changed", second.Summary);
    }

    [SkippableFact]
    public async Task ImportSchools_OneBadRow_NamesTheRowAndImportsNothing()
    {
        var good = "96" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var csv = "URN,Name,Type,Phase,LaCode,LaName,Postcode\n" +
                  $"{good},Brambleford Academy,Academy converter,Secondary,882,Southend-on-Sea,SS2 6AA\n" +
                  "12345,Short Urn School,Academy,Primary,881,Essex,CM1 1AA\n";

        var result = await App.WithDbAsync(db => SchoolsImporter.ImportAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(csv))));
        var saved = await App.WithDbAsync(db => db.Schools.AnyAsync(s => s.Urn == good));

        Assert.Equal(["Row 3, URN: \"12345\" is not a URN: a URN is 6 digits"], result.Errors);
        Assert.False(saved);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RollTests_Sqlite(SqliteApp app) : RollTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RollTests_Postgres(PostgresApp app) : RollTests(app);
