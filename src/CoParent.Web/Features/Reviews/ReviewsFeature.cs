using System.Security.Claims;
using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Core.Reviews;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Reviews;

/// <summary>Reviews of children's plans: services and JSON routes.</summary>
public static class ReviewsFeature
{
    public static IServiceCollection AddReviewsFeature(this IServiceCollection services) =>
        services.AddScoped<IOutcomeMeasures, ReviewOutcomeMeasures>().AddSingleton<ReviewsDueForAll>();

    /// <summary>
    /// <list type="table">
    /// <item>GET /api/children/{childId}/reviews : the next review due, the periods of care timed and the reviews held.</item>
    /// <item>POST /api/children/{childId}/reviews : record a review (editors and the child's IRO).</item>
    /// </list>
    /// </summary>
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("/api/children/{childId:int}/reviews").RequireAuthorization(Policies.ChildRecords).WithTags("Reviews")
            .AddEndpointFilter<ChildRecordEndpointFilter>();
        reviews.MapGet("", GetAsync);
        // The body (a ReviewRequest) is read in the handler, not bound or declared with Accepts: either would refuse a
        // request with another content type before the access filter could answer 403 and audit the attempt.
        reviews.MapPost("", PostAsync).WithMetadata(new RecordsReviewAttribute());
        return app;
    }

    /// <summary>A review to record. Dates are written YYYY-MM-DD; attendees are any of Parent, Carer, School.</summary>
    public sealed record ReviewRequest(string? ReviewDate, string? Participation, IReadOnlyList<string>? Attendees, string? NextReviewBy);

    public sealed record ReviewCreated(int Id, DateOnly ReviewDate, string Participation, string? ChairedByUserId);

    private static async Task<Results<Ok<ReviewRecord.View>, NotFound>> GetAsync(int childId, CoParentDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Children.AnyAsync(c => c.Id == childId, ct)) return TypedResults.NotFound();
        return TypedResults.Ok(await ReviewRecord.LoadAsync(db, childId, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct));
    }

    private static async Task<Results<Created<ReviewCreated>, ValidationProblem, NotFound>> PostAsync(
        int childId, ClaimsPrincipal user, HttpContext http, CoParentDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Children.AnyAsync(c => c.Id == childId, ct)) return TypedResults.NotFound();
        var request = await JsonBody.ReadAsync<ReviewRequest>(http.Request, ct);
        if (request is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the review as JSON (Content-Type: application/json) with reviewDate, participation, attendees and nextReviewBy"] });
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        var date = ParseDate(request.ReviewDate, "reviewDate", "the date of the review", required: true, Add);
        var nextBy = ParseDate(request.NextReviewBy, "nextReviewBy", "the date set for the next review", required: false, Add);
        var attendees = ReviewAttendees.None;
        foreach (var a in request.Attendees ?? [])
        {
            var match = ReviewAttendeesText.Choices.FirstOrDefault(c => string.Equals(c.Value.ToString(), a, StringComparison.OrdinalIgnoreCase));
            if (match.Value == ReviewAttendees.None) Add("attendees", $"attendees may only be Parent, Carer or School, not \"{a}\"");
            else attendees |= match.Value;
        }
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var review = await ReviewSaving.CheckAsync(db, childId, new ReviewSaving.Entry(date, request.Participation, attendees, nextBy), today,
            user.IsInRole(Roles.Iro) ? user.Id() : null, (field, message) => Add(JsonName(field), message), ct);
        if (review is null || errors.Count > 0) return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

        db.ChildReviews.Add(review);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("review.record", AuditOutcome.Allowed, user.Id(), user.UserName(), childId, $"POST {http.Request.Path}", ct);
        return TypedResults.Created($"/api/children/{childId}/reviews",
            new ReviewCreated(review.Id, review.ReviewDate, review.Participation!, review.ChairedByUserId));
    }

    private static string JsonName(ReviewSaving.Field field) => field switch
    {
        ReviewSaving.Field.ReviewDate => "reviewDate",
        ReviewSaving.Field.Participation => "participation",
        _ => "nextReviewBy",
    };

    private static DateOnly? ParseDate(string? text, string field, string what, bool required, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) error(field, $"Enter {what} as YYYY-MM-DD, like 2026-11-20");
            return null;
        }
        if (AsAtDate.TryParseIso(text, out var date)) return date;
        error(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a real date written as YYYY-MM-DD, like 2026-11-20");
        return null;
    }
}
