using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoParent.Web.Features.Attainment;

/// <summary>The attainment feature's services and JSON route.</summary>
public static class AttainmentFeature
{
    public static IServiceCollection AddAttainmentFeature(this IServiceCollection services) =>
        services.AddScoped<IOutcomeMeasures, AttainmentOutcomeMeasures>();

    /// <summary>GET /api/children/{childId}/education/attainment : termly teacher assessments and statutory results.</summary>
    public static IEndpointRouteBuilder MapAttainmentApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/children/{childId:int}/education/attainment", GetAsync)
            .RequireAuthorization(Policies.EducationRecords)
            .WithMetadata(new EducationRecordAttribute())
            .AddEndpointFilter<ChildRecordEndpointFilter>()
            .WithTags("Attainment");
        return app;
    }

    private static async Task<Results<Ok<AttainmentView>, NotFound>> GetAsync(int childId, CoParentDbContext db, CancellationToken ct) =>
        await AttainmentData.LoadAsync(db, childId, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
