using System.Security.Claims;
using System.Text.Json;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Family;

/// <summary>The family feature's services and JSON routes, in one place.</summary>
public static class FamilyFeature
{
    public static IServiceCollection AddFamilyFeature(this IServiceCollection services) =>
        services.AddScoped<IOutcomeMeasures, FamilyOutcomeMeasures>();

    /// <summary>
    /// <list type="table">
    /// <item>GET /api/children/{childId}/family : family time, brothers and sisters, care plan and plan for permanence.</item>
    /// <item>POST /api/children/{childId}/family/time-arrangements : records a family time arrangement (JSON body).</item>
    /// </list>
    /// </summary>
    public static IEndpointRouteBuilder MapFamilyApi(this IEndpointRouteBuilder app)
    {
        var family = app.MapGroup("/api/children/{childId:int}/family").RequireAuthorization(Policies.ChildRecords)
            .WithTags("Family").AddEndpointFilter<ChildRecordEndpointFilter>();
        family.MapGet("", GetFamilyAsync);
        family.MapPost("/time-arrangements", AddArrangementAsync);
        return app;
    }

    /// <param name="Relationship">Mother, Father, Brother, Sister, Grandparent, OtherRelative, Friend or Other.</param>
    /// <param name="Frequency">Weekly, Fortnightly, Monthly, EveryFewMonths, Yearly, IndirectOnly or AsArranged.</param>
    /// <param name="Method">InPerson, Video, Phone or Letters.</param>
    public sealed record ArrangementRequest(
        string? WithName, string? Relationship, string? Frequency, string? Method, bool? Supervised, string? SupervisedBy,
        DateOnly? From, DateOnly? To, string? ChildsView);

    private static async Task<Results<Ok<FamilyRecord.View>, NotFound>> GetFamilyAsync(
        int childId, ClaimsPrincipal user, CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock, CancellationToken ct)
    {
        var view = await FamilyRecord.LoadAsync(db, access, user, childId, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    // The body is read here rather than bound, so that the record check (the endpoint filter) runs before anything
    // about the request is looked at, and a form post (which a browser could send from another site) is refused.
    private static async Task<Results<Created<FamilyRecord.Arrangement>, NotFound, ValidationProblem>> AddArrangementAsync(
        int childId, HttpRequest request, ClaimsPrincipal user, CoParentDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (await JsonBody.ReadAsync<ArrangementRequest>(request, ct) is not { } body)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["Send the arrangement as a JSON object (Content-Type: application/json)"] });

        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId).Select(c => new { c.DateOfBirth }).SingleOrDefaultAsync(ct);
        if (child is null) return TypedResults.NotFound();
        var fields = new FamilyTimeFields(body.WithName, body.Relationship, body.Frequency, body.Method, body.Supervised, body.SupervisedBy,
            body.From, body.To, body.ChildsView);
        var (arrangement, errors) = fields.Check(childId, child.DateOfBirth, clock.GetUtcNow().UtcDateTime);
        if (arrangement is null)
        {
            return TypedResults.ValidationProblem(errors.GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.Field))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        db.FamilyTimeArrangements.Add(arrangement);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("family.time.add", AuditOutcome.Allowed, user.Id(), user.UserName(), childId, $"POST {request.Path}", ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var a = arrangement;
        return TypedResults.Created($"/api/children/{childId}/family",
            new FamilyRecord.Arrangement(a.Id, a.WithName, Core.Family.FamilyText.Describe(a.Relationship), Core.Family.FamilyText.Describe(a.Frequency),
                Core.Family.FamilyText.Describe(a.Method), a.Supervised, a.SupervisedBy, a.From, a.To, a.ChildsView, a.IsCurrentOn(today)));
    }
}
