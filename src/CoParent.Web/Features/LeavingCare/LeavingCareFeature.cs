using System.Security.Claims;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.LeavingCare;

/// <summary>The leaving care feature's services and JSON routes, in one place.</summary>
public static class LeavingCareFeature
{
    public static IServiceCollection AddLeavingCareFeature(this IServiceCollection services) =>
        services.AddScoped<IOutcomeMeasures, CareLeaverOutcomeMeasures>();

    /// <summary>
    /// <list type="table">
    /// <item>GET /api/children/{childId}/leaving-care : the young person's leaving care record.</item>
    /// <item>POST /api/children/{childId}/leaving-care/eet : a new education, employment or training status.</item>
    /// <item>POST /api/children/{childId}/leaving-care/pathway-plan/reviews : a review of the pathway plan.</item>
    /// </list>
    /// </summary>
    public static IEndpointRouteBuilder MapLeavingCareApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/children/{childId:int}/leaving-care").RequireAuthorization(Policies.ChildRecords)
            .WithTags("Leaving care").AddEndpointFilter<ChildRecordEndpointFilter>();
        group.MapGet("", GetAsync);
        // The JSON body (StatusRequest, ReviewRequest) is read in the handler, after the access filter, so a refused
        // caller is told 403 (and audited) whatever they sent; anything but JSON is a 400, which keeps a cross-site form post out.
        group.MapPost("/eet", PostStatusAsync);
        group.MapPost("/pathway-plan/reviews", PostReviewAsync);
        return app;
    }

    public sealed record StatusRequest(DateOnly? From, string? Activity, bool? ActivelySeekingWork, bool? EmployedByCouncil);

    public sealed record ReviewRequest(DateOnly? ReviewDate, string? WhatChanged);

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static async Task<Results<Ok<LeavingCareRecord.View>, NotFound>> GetAsync(int childId, CoParentDbContext db, TimeProvider clock, CancellationToken ct) =>
        await LeavingCareRecord.LoadAsync(db, childId, Today(clock), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Created<LeavingCareRecord.View>, NotFound, ValidationProblem>> PostStatusAsync(
        int childId, ClaimsPrincipal user, HttpContext http, CoParentDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (await JsonBody.ReadAsync<StatusRequest>(http.Request, ct) is not { } request) return NotJson();
        var today = Today(clock);
        var dob = await db.Children.Where(c => c.Id == childId).Select(c => (DateOnly?)c.DateOfBirth).SingleOrDefaultAsync(ct);
        if (dob is null) return TypedResults.NotFound();
        var input = new LeavingCareChanges.NewStatus(request.From, request.Activity, request.ActivelySeekingWork, request.EmployedByCouncil);
        var errors = LeavingCareChanges.Check(input, dob.Value, today);
        if (errors.Count > 0) return Problem(errors);

        await LeavingCareChanges.AddStatusAsync(db, childId, input, today, ct);
        await audit.RecordAsync("leaving-care.eet", AuditOutcome.Allowed, user.Id(), user.UserName(), childId, $"POST {http.Request.Path}", ct);
        return TypedResults.Created($"/api/children/{childId}/leaving-care", (await LeavingCareRecord.LoadAsync(db, childId, today, ct))!);
    }

    private static async Task<Results<Created<LeavingCareRecord.View>, NotFound, ValidationProblem>> PostReviewAsync(
        int childId, ClaimsPrincipal user, HttpContext http, CoParentDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (await JsonBody.ReadAsync<ReviewRequest>(http.Request, ct) is not { } request) return NotJson();
        var today = Today(clock);
        if (!await db.Children.AnyAsync(c => c.Id == childId, ct)) return TypedResults.NotFound();
        var plan = await LeavingCareChanges.PlanAsync(db, childId, ct);
        var input = new LeavingCareChanges.NewReview(request.ReviewDate, request.WhatChanged);
        var errors = LeavingCareChanges.Check(input, plan, today);
        if (errors.Count > 0) return Problem(errors);

        await LeavingCareChanges.AddReviewAsync(db, plan!, input, ct);
        await audit.RecordAsync("leaving-care.pathway-plan-review", AuditOutcome.Allowed, user.Id(), user.UserName(), childId, $"POST {http.Request.Path}", ct);
        return TypedResults.Created($"/api/children/{childId}/leaving-care", (await LeavingCareRecord.LoadAsync(db, childId, today, ct))!);
    }

    private static ValidationProblem NotJson() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the details as a JSON object, with Content-Type application/json"] });

    /// <summary>Field names as the JSON body spells them (camelCase).</summary>
    private static ValidationProblem Problem(List<LeavingCareChanges.Error> errors) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => char.ToLowerInvariant(e.Field[0]) + e.Field[1..])
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
}
