using CoParent.Core.Access;
using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Features.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoParent.Web.Features.Scorecard;

/// <summary>
/// The Corporate Parenting Panel's scorecard: its page, print view, downloads and JSON route. Its figures come from
/// <see cref="ScorecardFigures"/>, which the Outcomes feature registers.
/// </summary>
public static class ScorecardFeature
{
    /// <summary>
    /// Everyone who works for the council: every one of them is the children's corporate parent, and the strategy
    /// and its delivery plans are already theirs to read. Not designated teachers (school staff). Councillors and
    /// administrators read it suppressed; the children behind a figure follow each reader's own access.
    /// </summary>
    public const string Readers = $"{Roles.Manager},{Roles.Councillor},{Roles.VirtualSchoolHead},{Roles.TeamManager},{Roles.Iro},{Roles.Administrator}," +
        $"{Roles.SocialWorker},{Roles.PersonalAdviser},{Roles.VirtualSchoolOfficer}";

    public static IServiceCollection AddScorecardFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapScorecardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scorecard", GetScorecardAsync)
            .RequireAuthorization(policy => policy.RequireRole(Readers.Split(',')))
            .WithName("GetScorecard")
            .WithSummary("The Panel's scorecard for a period")
            .WithDescription("Every measure on the scorecard for the days from and to (YYYY-MM-DD, both included; default the last " +
                "complete quarter), with its Outcome, target, rating, trend over the four periods before (frozen figures where the " +
                "period was frozen), England and statistical neighbour figures and related actions. For councillors and " +
                "administrators, counts of 1 to 5 and percentages based on them are given as \"c\".")
            .WithTags("Strategy");
        return app;
    }

    public sealed record TrendJson(string From, string To, bool Frozen, object? Value);

    public sealed record ComparisonJson(string Area, string Year, decimal Value, string Source);

    public sealed record ActionJson(int Id, string Title, string Status);

    public sealed record LineJson(
        string Id, string Name, string Unit, int Outcome, int? Priority, int PledgePromise, string Direction,
        object? Value, object? Numerator, object? Denominator, decimal? Target, decimal? Tolerance, string Rag,
        IReadOnlyList<TrendJson> Trend, IReadOnlyList<ComparisonJson> Comparisons, IReadOnlyList<ActionJson> Actions);

    public sealed record ScorecardResponse(string From, string To, int? FrozenRevision, IReadOnlyList<LineJson> Lines);

    public static async Task<Results<Ok<ScorecardResponse>, ValidationProblem>> GetScorecardAsync(
        string? from, string? to, ScorecardFigures figures, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        MeasurePeriod period;
        if (from is null && to is null)
        {
            period = PeriodChoice.Default(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).Period;
        }
        else
        {
            var errors = new Dictionary<string, string[]>();
            if (!AsAtDate.TryParseIso(from, out var first)) errors["from"] = ["Enter a real date in the form YYYY-MM-DD, for example 2026-07-01"];
            if (!AsAtDate.TryParseIso(to, out var last)) errors["to"] = ["Enter a real date in the form YYYY-MM-DD, for example 2026-09-30"];
            else if (errors.Count == 0 && last < first) errors["to"] = [PeriodChoice.OrderMessage];
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
            period = new MeasurePeriod(first, last);
        }

        var report = await figures.ReportAsync(period, ct);
        var view = new ScorecardView(report, http.User.SeesAggregatesOnly(), CanDrillDown: false);
        static object? Json(Figure figure) => figure.Suppressed ? Suppression.Symbol : figure.Number;
        var lines = report.Rows.Select(r =>
        {
            var line = r.Row.Line;
            var shown = view.Show(line);
            return new LineJson(line.MeasureId, line.Name, line.Unit, line.Outcome, r.Block.Outcome.Priority, line.PledgePromise, line.Direction.ToString(),
                Json(shown.Value), Json(shown.Numerator), Json(shown.Denominator), line.Target, line.Tolerance, line.Rag.ToString(),
                r.Row.Trend.Select(p => new TrendJson(AsAtDate.Iso(p.Period.From), AsAtDate.Iso(p.Period.To), p.Frozen,
                    p.Line is null ? null : Json(view.Show(p.Line).Value))).ToList(),
                new[] { r.Row.England, r.Row.Neighbours }.OfType<Comparison>().Select(c => new ComparisonJson(c.Area, c.YearLabel, c.Value, c.Source)).ToList(),
                r.Row.Actions.Select(a => new ActionJson(a.Id, a.Title, DeliveryAction.Describe(a.Status))).ToList());
        }).ToList();
        return TypedResults.Ok(new ScorecardResponse(AsAtDate.Iso(period.From), AsAtDate.Iso(period.To), report.Frozen?.Revision, lines));
    }
}
