using System.Globalization;
using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Data.Identity;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoParent.Web.Tests.Security.SecurityHttp;

namespace CoParent.Web.Tests.Security;

/// <summary>Issue 3 §3 (a): every route is held to <see cref="AccessMatrix"/>, and every attempt on a child's record is audited.</summary>
public abstract class AccessMatrixTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task EveryRoute_IsListedInTheAccessMatrix()
    {
        var routes = await AppRoutes.AllAsync(App);

        var unlisted = routes
            .Where(r => r.IsChildScoped
                ? !AccessMatrix.ChildRoutes.ContainsKey(r.Key)
                : !AccessMatrix.RoleRoutes.ContainsKey(r.Key) && !AccessMatrix.PublicRoutes.Contains(r.Key))
            .Select(r => r.ToString())
            .Distinct();

        Assert.True(!unlisted.Any(), "Decide who may use these routes in Security/AccessMatrix.cs:\n" + string.Join("\n", unlisted));
    }

    [SkippableFact]
    public async Task ChildRoutes_AllowOnlyTheMatrixRelationships_AndAuditEveryAttempt()
    {
        var routes = (await AppRoutes.AllAsync(App)).Where(r => r.IsChildScoped && AccessMatrix.ChildRoutes.ContainsKey(r.Key)).ToList();
        var clients = await SignedInClientsAsync();
        var failures = new List<string>();

        foreach (var route in routes)
        {
            // A canary per route, so a POST that succeeds cannot change what the next route sees.
            var canary = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId);
            await TestData.AllocatePersonalAdviserAsync(App, canary.Id, App.Users.PersonalAdviserId);
            await TestData.AllocateVirtualSchoolOfficerAsync(App, canary.Id, App.Users.VirtualSchoolOfficerId);
            await TestData.EnrolAsync(App, canary.Id, App.Users.SchoolAId);
            var url = route.Url(canary.Id);
            foreach (var who in Enum.GetValues<Relationship>())
            {
                var expectAllowed = AccessMatrix.ChildRoutes[route.Key].Contains(who);
                var userId = AccessMatrix.UserId(App.Users, who);
                var lastAudit = await LastAuditIdAsync();

                using var response = await SendAsync(clients[who], route, url);

                if (expectAllowed && !WasAllowed(response))
                {
                    failures.Add($"{route} as {who}: expected allowed, got {Describe(response)}");
                }
                if (!expectAllowed && (int)response.StatusCode != 403)
                {
                    failures.Add($"{route} as {who}: expected 403, got {Describe(response)}");
                }
                var outcome = expectAllowed ? AuditOutcome.Allowed : AuditOutcome.Denied;
                var channel = $"{route.Method} {url.Split('?')[0]}";
                var audited = await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
                    a.Id > lastAudit && a.ChildId == canary.Id && a.UserId == userId && a.Outcome == outcome && a.Channel == channel));
                if (!audited)
                {
                    failures.Add($"{route} as {who}: no {outcome} audit entry for the child and user");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task RoleRoutes_AllowOnlyTheMatrixRoles()
    {
        var routes = (await AppRoutes.AllAsync(App)).Where(r => !r.IsChildScoped && AccessMatrix.RoleRoutes.ContainsKey(r.Key)).ToList();
        var failures = new List<string>();

        foreach (var (role, userName) in TestUsers.ByRole)
        {
            using var client = await App.SignedInClientAsync(userName);
            foreach (var route in routes)
            {
                var expectAllowed = AccessMatrix.RoleRoutes[route.Key].Contains(role);

                using var response = await SendAsync(client, route, route.Url());

                if (expectAllowed && !WasAllowed(response)) failures.Add($"{route} as {role}: expected allowed, got {Describe(response)}");
                if (!expectAllowed && (int)response.StatusCode != 403) failures.Add($"{route} as {role}: expected 403, got {Describe(response)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task EverySignedInRoute_WhenSignedOut_SendsToSignInOrAnswers401()
    {
        var canary = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId);
        var routes = (await AppRoutes.AllAsync(App)).Where(r => !AccessMatrix.PublicRoutes.Contains(r.Key)).ToList();
        var client = App.CreateBrowserlessClient();
        var failures = new List<string>();

        foreach (var route in routes)
        {
            using var response = await SendAsync(client, route, route.Url(canary.Id), withToken: false);

            var refused = route.IsApi
                ? (int)response.StatusCode == 401
                : IsRedirect(response) && Location(response)!.StartsWith("/sign-in", StringComparison.Ordinal)
                  || route.Method != "GET" && (int)response.StatusCode == 400; // no antiforgery token: refused before sign-in is asked
            if (!refused) failures.Add($"{route} signed out: got {Describe(response)}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task RolePolicyRefusal_OnAChildRoute_Answers403AndIsAuditedAsDenied()
    {
        // A councillor is refused by the ChildRecords policy before any page filter runs; the refusal must still be audited.
        var canary = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId);
        using var scope = App.Services.CreateScope();
        var councillor = await scope.ServiceProvider.GetRequiredService<UserManager<CoParentUser>>().FindByIdAsync(App.Users.CouncillorId);
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<CoParentUser>>().CreateAsync(councillor!);
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = principal };
        context.Request.Method = "GET";
        context.Request.Path = $"/children/{canary.Id}";
        context.Request.RouteValues["childId"] = canary.Id.ToString(CultureInfo.InvariantCulture);
        var handler = App.Services.GetRequiredService<IAuthorizationMiddlewareResultHandler>();
        var lastAudit = await LastAuditIdAsync();

        await handler.HandleAsync(_ => Task.CompletedTask, context, new AuthorizationPolicyBuilder().RequireRole(Roles.Manager).Build(), PolicyAuthorizationResult.Forbid());

        Assert.Equal(403, context.Response.StatusCode);
        var entry = Assert.Single(await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Id > lastAudit && a.ChildId == canary.Id).ToListAsync()));
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
        Assert.Equal(App.Users.CouncillorId, entry.UserId);
        Assert.Equal($"GET /children/{canary.Id}", entry.Channel);
    }

    private async Task<Dictionary<Relationship, HttpClient>> SignedInClientsAsync()
    {
        var clients = new Dictionary<Relationship, HttpClient>();
        foreach (var who in Enum.GetValues<Relationship>())
        {
            clients[who] = await App.SignedInClientAsync(AccessMatrix.UserName(who));
        }
        return clients;
    }

    private Task<long> LastAuditIdAsync() => App.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)).ContinueWith(t => t.Result ?? 0, TaskScheduler.Default);
}

[Collection(SqliteCollection.Name)]
public sealed class AccessMatrixTests_Sqlite(SqliteApp app) : AccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccessMatrixTests_Postgres(PostgresApp app) : AccessMatrixTests(app);
