using System.Globalization;
using CoParent.Core.Measures;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoParent.Web.Features.Dashboard;

/// <summary>The dashboard feature's services and JSON routes, in one place.</summary>
public static class DashboardFeature
{
    public static IServiceCollection AddDashboardFeature(this IServiceCollection services, IConfiguration configuration) =>
        services
            .Configure<DashboardOptions>(configuration.GetSection("Dashboard"))
            .AddSingleton<DashboardMeasures>();

    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/measures", GetMeasuresAsync)
            .WithName("GetMeasures")
            .WithSummary("The dashboard's measures as at a date")
            .WithDescription("The figures on \"About the children in our care\", as at asAt (YYYY-MM-DD, default today). " +
                "For councillors, counts of 1 to 5 and percentages based on them are given as \"c\".")
            .WithTags("Measures");
        return app;
    }

    public static async Task<Results<Ok<MeasuresResponse>, ValidationProblem>> GetMeasuresAsync(
        string? asAt, DashboardMeasures measures, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        DateOnly date;
        if (string.IsNullOrWhiteSpace(asAt))
        {
            date = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        }
        else if (!AsAtDate.TryParseIso(asAt, out date))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["asAt"] = ["Enter a real date in the form YYYY-MM-DD, for example 2026-03-31"] });
        }
        var set = await measures.CalculateAsync(date, ct);
        return TypedResults.Ok(MeasuresResponse.From(set, suppress: http.User.SeesAggregatesOnly()));
    }
}

/// <summary>Reading the as-at date from a query string.</summary>
public static class AsAtDate
{
    public static bool TryParseIso(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
