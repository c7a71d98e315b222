using CoParent.Core.Measures;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoParent.Web.Features.Outcomes;

/// <summary>The Outcomes page's services and JSON route. Each feature registers its own <see cref="IOutcomeMeasures"/>.</summary>
public static class OutcomesFeature
{
    public static IServiceCollection AddOutcomesFeature(this IServiceCollection services) =>
        services
            .AddSingleton<OutcomeFigures>()
            .AddScoped<CareHistories>()
            .AddSingleton<Scorecard.ScorecardFigures>()
            .AddScoped<IOutcomeMeasures, CareJourneyOutcomeMeasures>()
            .AddScoped<IOutcomeMeasures, PlacementOutcomeMeasures>();

    public static IEndpointRouteBuilder MapOutcomesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/outcomes", GetOutcomesAsync)
            .WithName("GetOutcomes")
            .WithSummary("The Outcomes measures for a period")
            .WithDescription("Every measure on \"Our Outcomes\" for the days from and to (YYYY-MM-DD, both included; " +
                "default the last complete quarter). For councillors, counts of 1 to 5 and percentages based on them are given as \"c\".")
            .WithTags("Measures");
        return app;
    }

    public sealed record SectionJson(string Title, IReadOnlyList<int> Outcomes, IReadOnlyList<MeasureJson> Measures);

    public sealed record OutcomesResponse(string From, string To, IReadOnlyList<SectionJson> Sections);

    public static async Task<Results<Ok<OutcomesResponse>, ValidationProblem>> GetOutcomesAsync(
        string? from, string? to, OutcomeFigures figures, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        MeasurePeriod period;
        if (from is null && to is null)
        {
            period = PeriodChoice.Default(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).Period;
        }
        else
        {
            var errors = new Dictionary<string, string[]>();
            if (!AsAtDate.TryParseIso(from, out var first)) errors["from"] = ["Enter a real date in the form YYYY-MM-DD, for example 2026-04-01"];
            if (!AsAtDate.TryParseIso(to, out var last)) errors["to"] = ["Enter a real date in the form YYYY-MM-DD, for example 2026-06-30"];
            else if (errors.Count == 0 && last < first) errors["to"] = ["The end date must be on or after the start date"];
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
            period = new MeasurePeriod(first, last);
        }

        var suppress = http.User.SeesAggregatesOnly();
        var report = await figures.CalculateAsync(period, ct);
        return TypedResults.Ok(new OutcomesResponse(AsAtDate.Iso(period.From), AsAtDate.Iso(period.To),
            report.Sections.Select(s => new SectionJson(s.Title, s.Outcomes,
                s.Measures.Select(m => MeasureJson.From(suppress ? Suppression.Apply(m) : Suppression.None(m))).ToList())).ToList()));
    }
}
