using System.Globalization;
using System.Security.Claims;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoParent.Web.Features.Children;

/// <summary>The children feature's services and JSON routes, in one place.</summary>
public static class ChildrenFeature
{
    public static IServiceCollection AddChildrenFeature(this IServiceCollection services) => services;

    /// <summary>
    /// <list type="table">
    /// <item>GET /api/children?asAt=&amp;q=&amp;page= : the register, visible children only.</item>
    /// <item>GET /api/children/{childId} : the child's summary (checked and audited by ChildRecordEndpointFilter).</item>
    /// </list>
    /// </summary>
    public static IEndpointRouteBuilder MapChildrenApi(this IEndpointRouteBuilder app)
    {
        var children = app.MapGroup("/api/children").RequireAuthorization(Policies.ChildRecords).WithTags("Children");
        children.MapGet("", GetRegisterAsync);
        children.MapGet("/{childId:int}", GetChildAsync).AddEndpointFilter<ChildRecordEndpointFilter>();
        return app;
    }

    public sealed record RegisterResponse(DateOnly AsAt, int Total, int Page, int Pages, int PageSize, IReadOnlyList<ChildRegister.Row> Children);

    private static async Task<Results<Ok<RegisterResponse>, ValidationProblem>> GetRegisterAsync(
        string? asAt, string? q, string? page, ClaimsPrincipal user, HttpContext http,
        CoParentDbContext db, ChildAccessPolicy access, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var date = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (!string.IsNullOrWhiteSpace(asAt) && !DateOnly.TryParseExact(asAt, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            errors["asAt"] = ["asAt must be a real date written as YYYY-MM-DD, like 2026-11-23"];
        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
            errors["page"] = ["page must be a whole number, 1 or more"];
        if (q is { Length: > 100 })
            errors["q"] = ["q must be 100 characters or fewer"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var result = await ChildRegister.RunAsync(db, access, user, new ChildRegister.Query(date, q, Page: pageNumber), ct);
        await audit.RecordAsync("register.list", AuditOutcome.Allowed, user.Id(), user.UserName(), null, $"GET {http.Request.Path}", ct);
        return TypedResults.Ok(new RegisterResponse(date, result.Total, result.Page, result.Pages, ChildRegister.PageSize, result.Rows));
    }

    private static async Task<Results<Ok<ChildSummary.View>, NotFound>> GetChildAsync(
        int childId, CoParentDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var view = await ChildSummary.LoadAsync(db, childId, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }
}
