using CoParent.Core.Access;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Security;

/// <summary>How a test user stands to the canary child (issue 3 §3: access follows the allocation, not the role alone).</summary>
public enum Relationship
{
    /// <summary>Social worker with a current allocation to the child.</summary>
    AllocatedSocialWorker,
    /// <summary>Social worker in another team, not allocated.</summary>
    OtherSocialWorker,
    /// <summary>Team manager of the allocated social worker's team.</summary>
    OwnTeamManager,
    /// <summary>Team manager of another team.</summary>
    OtherTeamManager,
    /// <summary>IRO currently reviewing the child: reads, and records the reviews they chair; never edits otherwise.</summary>
    AllocatedIro,
    Manager,
    Councillor,
    Administrator,
}

/// <summary>
/// Who may use which route: the written specification the access tests hold the running app to. A route
/// the app has but this file does not list fails <see cref="AccessMatrixTests"/>, so every new page or API
/// route gets a decision here. Routes listed before they exist are simply not tested yet.
/// </summary>
public static class AccessMatrix
{
    private static readonly Relationship[] RecordReaders =
        [Relationship.AllocatedSocialWorker, Relationship.OwnTeamManager, Relationship.AllocatedIro, Relationship.Manager];

    private static readonly Relationship[] RecordEditors =
        [Relationship.AllocatedSocialWorker, Relationship.OwnTeamManager, Relationship.Manager];

    /// <summary>Reviews of the child's plan are chaired by the IRO: the allocated IRO records them, as editors do.</summary>
    private static readonly Relationship[] ReviewRecorders =
        [Relationship.AllocatedSocialWorker, Relationship.OwnTeamManager, Relationship.AllocatedIro, Relationship.Manager];

    private static readonly Relationship[] AuditReaders = [Relationship.OwnTeamManager, Relationship.Manager];

    /// <summary>Who works with the child is a management decision: never the allocated worker or the IRO.</summary>
    private static readonly Relationship[] Allocators = [Relationship.OwnTeamManager, Relationship.Manager];

    /// <summary>
    /// Routes with a <c>{childId}</c>: who may use them for the canary child. Everyone else gets 403 and a
    /// Denied audit entry. Forms that change a record are for editors on GET too: an IRO reviews, never edits.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Relationship[]> ChildRoutes = new Dictionary<string, Relationship[]>
    {
        ["GET /children/{childId}"] = RecordReaders,
        ["GET /children/{childId}/timeline"] = RecordReaders,
        ["GET /children/{childId}/edit"] = RecordEditors,
        ["POST /children/{childId}/edit"] = RecordEditors,
        ["GET /children/{childId}/episodes/new"] = RecordEditors,
        ["POST /children/{childId}/episodes/new"] = RecordEditors,
        ["GET /children/{childId}/audit"] = AuditReaders,
        ["GET /children/{childId}/allocations"] = Allocators,
        ["POST /children/{childId}/allocations"] = Allocators,
        ["GET /api/children/{childId}"] = RecordReaders,
        // Issue 6: Reviews
        ["GET /children/{childId}/reviews"] = RecordReaders,
        ["GET /children/{childId}/reviews/new"] = ReviewRecorders,
        ["POST /children/{childId}/reviews/new"] = ReviewRecorders,
        ["GET /api/children/{childId}/reviews"] = RecordReaders,
        ["POST /api/children/{childId}/reviews"] = ReviewRecorders,
    };

    private static readonly string[] EveryRole = [.. Roles.All];
    private static readonly string[] RecordRoles = [Roles.SocialWorker, Roles.TeamManager, Roles.Iro, Roles.Manager];
    private static readonly string[] EditorRoles = [Roles.SocialWorker, Roles.TeamManager, Roles.Manager];
    private static readonly string[] ReturnRoles = [Roles.Manager];

    /// <summary>
    /// Signed-in routes without a child: which roles may open them (others get 403). Councillors see
    /// aggregates only, never a list of children; administrators see no child records.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> RoleRoutes = new Dictionary<string, string[]>
    {
        ["GET /"] = EveryRole,
        ["GET /children"] = RecordRoles,
        ["GET /children/new"] = EditorRoles,
        ["POST /children/new"] = EditorRoles,
        ["GET /api/children"] = RecordRoles,
        ["GET /dashboard"] = EveryRole,
        ["GET /dashboard/children"] = RecordRoles, // the children behind a figure: never councillors or administrators
        ["GET /api/measures"] = EveryRole,
        // The DfE return reads and writes every child's record: managers (and analysts, who hold that role) only.
        ["GET /returns"] = ReturnRoles,
        ["GET /returns/{year}/download"] = ReturnRoles,
        ["GET /returns/upload"] = ReturnRoles,
        ["POST /returns/upload"] = ReturnRoles,
        ["GET /returns/imports/{jobId}"] = ReturnRoles,
        // Issue 6: Reviews
        ["GET /reviews"] = RecordRoles, // a worker's own children's reviews due; every child for managers
    };

    /// <summary>Routes open without signing in.</summary>
    public static readonly IReadOnlySet<string> PublicRoutes = new HashSet<string>
    {
        "GET /sign-in", "POST /sign-in",
        "GET /sign-in/external",
        "GET /sign-out", "POST /sign-out",
        "GET /error/{code?}", "POST /error/{code?}",
        "GET /openapi/{documentName}.json",
    };

    /// <summary>
    /// POST routes that need no antiforgery token, and why. The error page answers re-executed failed
    /// POSTs (status code pages keep the method) and changes nothing.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AntiforgeryExempt = new Dictionary<string, string>
    {
        ["POST /error/{code?}"] = "re-executed error page for failed POSTs; changes nothing",
    };

    /// <summary>Values for route parameters other than <c>childId</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> SampleRouteValues = new Dictionary<string, string>
    {
        ["documentName"] = "v1",
        ["year"] = "2027",
        ["jobId"] = "00000000000000000000000000000000", // no such import: the page answers 410 Gone to a manager
    };

    public static string UserName(Relationship who) => who switch
    {
        Relationship.AllocatedSocialWorker => TestUsers.SocialWorker,
        Relationship.OtherSocialWorker => TestUsers.OtherSocialWorker,
        Relationship.OwnTeamManager => TestUsers.TeamManager,
        Relationship.OtherTeamManager => TestUsers.OtherTeamManager,
        Relationship.AllocatedIro => TestUsers.Iro,
        Relationship.Manager => TestUsers.Manager,
        Relationship.Councillor => TestUsers.Councillor,
        Relationship.Administrator => TestUsers.Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    public static string UserId(TestUsers users, Relationship who) => who switch
    {
        Relationship.AllocatedSocialWorker => users.SocialWorkerId,
        Relationship.OtherSocialWorker => users.OtherSocialWorkerId,
        Relationship.OwnTeamManager => users.TeamManagerId,
        Relationship.OtherTeamManager => users.OtherTeamManagerId,
        Relationship.AllocatedIro => users.IroId,
        Relationship.Manager => users.ManagerId,
        Relationship.Councillor => users.CouncillorId,
        Relationship.Administrator => users.AdministratorId,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };
}
