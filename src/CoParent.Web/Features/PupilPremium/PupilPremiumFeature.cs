using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoParent.Web.Features.PupilPremium;

/// <summary>Pupil Premium Plus: its measures and its JSON route.</summary>
public static class PupilPremiumFeature
{
    public static IServiceCollection AddPupilPremiumFeature(this IServiceCollection services) =>
        services.AddScoped<IOutcomeMeasures, PupilPremiumOutcomeMeasures>();

    /// <summary>GET /api/children/{childId}/education/pupil-premium?year=2025 : the child's ledger for a financial year (this one when not given).</summary>
    public static IEndpointRouteBuilder MapPupilPremiumApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/children/{childId:int}/education/pupil-premium", GetAsync)
            .RequireAuthorization(Policies.EducationRecords).WithTags("Pupil Premium Plus")
            .WithMetadata(new EducationRecordAttribute())
            .AddEndpointFilter<ChildRecordEndpointFilter>();
        return app;
    }

    private static async Task<Results<Ok<PupilPremiumData.ChildLedger>, NotFound>> GetAsync(
        int childId, int? year, CoParentDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var chosen = year is >= 2000 and <= 2100 ? year.Value : FinancialYear.Containing(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var ledger = await PupilPremiumData.LoadChildAsync(db, childId, chosen, ct);
        return ledger is null ? TypedResults.NotFound() : TypedResults.Ok(ledger);
    }
}
