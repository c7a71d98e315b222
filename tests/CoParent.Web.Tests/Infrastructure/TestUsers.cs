using System.Net;
using System.Text.RegularExpressions;
using CoParent.Core.Access;

namespace CoParent.Web.Tests.Infrastructure;

/// <summary>
/// One user per role, plus a second social worker in another team, a second personal adviser, a second Virtual School
/// officer and a designated teacher at another school (to prove they see nothing of the first's children).
/// </summary>
public sealed partial class TestUsers
{
    public const string Password = "correct horse battery staple";
    public const string TeamA = "Test team A";
    public const string TeamB = "Test team B";

    public required string SocialWorkerId { get; init; }
    public required string OtherSocialWorkerId { get; init; }
    public required string TeamManagerId { get; init; }
    public required string OtherTeamManagerId { get; init; }
    public required string IroId { get; init; }
    public required string ManagerId { get; init; }
    public required string CouncillorId { get; init; }
    public required string AdministratorId { get; init; }
    public required string PersonalAdviserId { get; init; }
    public required string OtherPersonalAdviserId { get; init; }
    public required string VirtualSchoolOfficerId { get; init; }
    public required string OtherVirtualSchoolOfficerId { get; init; }
    public required string VirtualSchoolHeadId { get; init; }
    public required string DesignatedTeacherId { get; init; }
    public required string OtherDesignatedTeacherId { get; init; }

    /// <summary>The designated teacher's school (<see cref="TestSchools.SchoolA"/>) and another school's (B).</summary>
    public required int SchoolAId { get; init; }
    public required int SchoolBId { get; init; }

    public const string SocialWorker = "t.socialworker";
    public const string OtherSocialWorker = "t.otherworker";
    public const string TeamManager = "t.teammanager";
    public const string OtherTeamManager = "t.otherteammgr";
    public const string Iro = "t.iro";
    public const string Manager = "t.manager";
    public const string Councillor = "t.councillor";
    public const string Administrator = "t.admin";
    public const string PersonalAdviser = "t.adviser";
    public const string OtherPersonalAdviser = "t.otheradviser";
    public const string VirtualSchoolOfficer = "t.vsofficer";
    public const string OtherVirtualSchoolOfficer = "t.othervsofficer";
    public const string VirtualSchoolHead = "t.vshead";
    public const string DesignatedTeacher = "t.designated";
    public const string OtherDesignatedTeacher = "t.otherdesignated";

    /// <summary>The user name that holds each role in these tests.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByRole = new Dictionary<string, string>
    {
        [Roles.SocialWorker] = SocialWorker,
        [Roles.TeamManager] = TeamManager,
        [Roles.Iro] = Iro,
        [Roles.Manager] = Manager,
        [Roles.Councillor] = Councillor,
        [Roles.Administrator] = Administrator,
        [Roles.PersonalAdviser] = PersonalAdviser,
        [Roles.VirtualSchoolOfficer] = VirtualSchoolOfficer,
        [Roles.VirtualSchoolHead] = VirtualSchoolHead,
        [Roles.DesignatedTeacher] = DesignatedTeacher,
    };

    public static async Task<TestUsers> CreateAsync(CoParentApp app)
    {
        var (schoolA, schoolB) = await TestSchools.CreateAsync(app);
        return await CreateAsync(app, schoolA, schoolB);
    }

    private static async Task<TestUsers> CreateAsync(CoParentApp app, int schoolA, int schoolB) => new()
    {
        SchoolAId = schoolA,
        SchoolBId = schoolB,
        SocialWorkerId = await app.AddUserAsync(SocialWorker, Roles.SocialWorker, TeamA),
        OtherSocialWorkerId = await app.AddUserAsync(OtherSocialWorker, Roles.SocialWorker, TeamB),
        TeamManagerId = await app.AddUserAsync(TeamManager, Roles.TeamManager, TeamA),
        OtherTeamManagerId = await app.AddUserAsync(OtherTeamManager, Roles.TeamManager, TeamB),
        IroId = await app.AddUserAsync(Iro, Roles.Iro),
        ManagerId = await app.AddUserAsync(Manager, Roles.Manager),
        CouncillorId = await app.AddUserAsync(Councillor, Roles.Councillor),
        AdministratorId = await app.AddUserAsync(Administrator, Roles.Administrator),
        PersonalAdviserId = await app.AddUserAsync(PersonalAdviser, Roles.PersonalAdviser),
        OtherPersonalAdviserId = await app.AddUserAsync(OtherPersonalAdviser, Roles.PersonalAdviser),
        VirtualSchoolOfficerId = await app.AddUserAsync(VirtualSchoolOfficer, Roles.VirtualSchoolOfficer),
        OtherVirtualSchoolOfficerId = await app.AddUserAsync(OtherVirtualSchoolOfficer, Roles.VirtualSchoolOfficer),
        VirtualSchoolHeadId = await app.AddUserAsync(VirtualSchoolHead, Roles.VirtualSchoolHead),
        DesignatedTeacherId = await app.AddUserAsync(DesignatedTeacher, Roles.DesignatedTeacher, school: TestSchools.SchoolA),
        OtherDesignatedTeacherId = await app.AddUserAsync(OtherDesignatedTeacher, Roles.DesignatedTeacher, school: TestSchools.SchoolB),
    };
}

public static partial class HttpClientExtensions
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>
    /// The antiforgery token of the form in the page's main content, as a browser would send it. The layout's
    /// sign-out form also carries one, so a form that forgot its own token would otherwise go unnoticed; only
    /// the sign-out post itself uses the layout's.
    /// </summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url, bool fromLayout = false)
    {
        var html = await client.GetStringAsync(url);
        var main = html.IndexOf("<main", StringComparison.Ordinal);
        var match = AntiforgeryField().Match(html, fromLayout || main < 0 ? 0 : main);
        if (!match.Success) throw new InvalidOperationException($"No form with an antiforgery token in the main content of {url}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts a form with the page's antiforgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        // A caller naming tokenFrom wants a session token from that page, wherever it sits on it.
        var token = await client.AntiforgeryTokenAsync(tokenFrom ?? url, fromLayout: tokenFrom is not null || url == "/sign-out");
        var all = fields.Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password = TestUsers.Password) =>
        await client.PostFormAsync("/sign-in", [new("UserName", userName), new("Password", password)]);
}

public static class CoParentAppExtensions
{
    /// <summary>A client signed in as the given user (see <see cref="TestUsers"/>).</summary>
    public static async Task<HttpClient> SignedInClientAsync(this CoParentApp app, string userName)
    {
        var client = app.CreateBrowserlessClient();
        var response = await client.SignInAsync(userName);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        }
        return client;
    }
}
