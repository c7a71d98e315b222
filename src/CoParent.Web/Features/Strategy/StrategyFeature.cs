using CoParent.Core.Access;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Web.Features.Scorecard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoParent.Web.Features.Strategy;

/// <summary>
/// The strategy pages and the measure registry: who may read them, and the registry's JSON route. The strategy is
/// the council's public promise to its children, so everyone who works for the council reads it; designated
/// teachers are school staff with their own pupils only, and have nothing here.
/// </summary>
public static class StrategyFeature
{
    public const string ReadersPolicy = "StrategyReaders";

    public static readonly IReadOnlyList<string> Readers = [.. Roles.All.Where(r => r != Roles.DesignatedTeacher)];

    public static IServiceCollection AddStrategyFeature(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ReadersPolicy, p => p.RequireRole(Readers));
        return services;
    }

    public static IEndpointRouteBuilder MapStrategyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/measures/registry", GetRegistryAsync)
            .RequireAuthorization(ReadersPolicy)
            .WithName("GetMeasureRegistry")
            .WithSummary("Every measure the strategy reports, where it sits and how it is rated")
            .WithDescription("One entry per line of the measure registry: its id (an id ending \".*\" is a family, such as the " +
                "gaps with each comparison area), the Outcome and Pledge promise it reports on, which way is better, the source " +
                "file that works it out, and the target and tolerance in force (null when none is set).")
            .WithTags("Measures");
        return app;
    }

    public sealed record RegistryEntryJson(
        string Id, int Outcome, int? Promise, string Direction, string Code, decimal? Target, decimal? Tolerance);

    public static async Task<Ok<IReadOnlyList<RegistryEntryJson>>> GetRegistryAsync(CoParentDbContext db, CancellationToken ct)
    {
        var strategy = await Data.Strategy.StrategyStore.CurrentAsync(db, ct);
        var targets = await ScorecardFigures.CurrentTargetsAsync(db, ct);
        IReadOnlyList<RegistryEntryJson> entries = MeasureCatalogue.All.Select(m =>
        {
            var target = targets.GetValueOrDefault(m.Id);
            return new RegistryEntryJson(m.Id, m.Outcome, PromiseOf(m, strategy), m.Direction.ToString(), m.CodePath, target?.Target, target?.Tolerance);
        }).ToList();
        return TypedResults.Ok(entries);
    }

    /// <summary>The Pledge promise a measure serves: its own, else its Outcome's (null if the strategy has no such Outcome).</summary>
    public static int? PromiseOf(MeasureInfo measure, StrategyDocument strategy) =>
        measure.PledgePromise ?? strategy.Outcome(measure.Outcome)?.PledgePromise;
}
