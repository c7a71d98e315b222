using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Scorecard;
using CoParent.Web.Features.Snapshots;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoParent.Benchmarks;

/// <summary>
/// The scorecard benchmark: the web app's own services started in this process (its Program, through
/// WebApplicationFactory, no HTTP), then <see cref="ScorecardFigures.CalculateAsync"/> for the last complete quarter,
/// first (cold: JIT, empty caches) and again (warm, worked out afresh: the 30-second result cache is switched off),
/// with each feature's own time as <see cref="OutcomeFigures"/> logs it and alone; then, with the due periods frozen,
/// the Panel's scorecard report as its page reads it.
/// </summary>
internal static class ScorecardBench
{
    public static async Task<int> RunAsync(string database, string generation, string results, BenchOptions options)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"CoParent scorecard benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, SQLite");
        report.AppendLine(CultureInfo.InvariantCulture, $"Demo council: {options.Children:N0} children in care, {options.CareLeavers:N0} care leavers (seed {options.Seed}); generation {generation}");

        await using var app = new InProcessApp($"Data Source={database}");
        var costs = new List<StepCost>();
        // WebApplicationFactory finds the web project's folder through MvcTestingAppManifest.json in the current directory.
        var directory = Environment.CurrentDirectory;
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        var (services, start) = await StepMeter.MeasureAsync("start the web app's services in process", () => Task.FromResult(app.Services), _ => "");
        Environment.CurrentDirectory = directory;
        costs.Add(start);
        var scorecard = services.GetRequiredService<ScorecardFigures>();
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var period = PeriodChoice.Default(today);
        var sections = new List<string>();
        for (var run = 1; run <= 3; run++)
        {
            app.Timings.Clear();
            var (live, cost) = await StepMeter.MeasureAsync($"scorecard for {period.Label}, {(run == 1 ? "cold" : $"warm {run - 1}")}",
                () => scorecard.CalculateAsync(period.Period), Describe);
            costs.Add(cost);
            sections.Add($"run {run}: " + string.Join("; ", app.Timings.OrderBy(t => t)));
        }

        // Each feature alone, one after another, so its own cost is not hidden by the one beside it; first the care
        // histories most of them share, read once as one calculation reads them.
        using (var scope = services.CreateScope())
        {
            var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CoParentDbContext>>();
            var (_, read) = await StepMeter.MeasureAsync("every child's care history, read once for the features that share it",
                () => scope.ServiceProvider.GetRequiredService<CareHistories>().ByChildAsync(), h => $"{h.Count:N0} children, {h.Values.Sum(c => c.Episodes.Count):N0} episodes");
            costs.Add(read);
            foreach (var source in scope.ServiceProvider.GetServices<IOutcomeMeasures>().OrderBy(s => s.Section))
            {
                var (_, cost) = await StepMeter.MeasureAsync($"{source.Section} alone", async () =>
                {
                    await using var db = await contexts.CreateDbContextAsync();
                    db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
                    return await source.CalculateAsync(db, period.Period, CancellationToken.None);
                }, m => $"{m.Count} measures");
                costs.Add(cost);
            }
        }

        // What a Panel member's page costs: the scorecard report for the last quarter with its four-quarter trend, once
        // the due periods are frozen (at a council's first start the web app backfills them in the background).
        var (frozeCount, freezing) = await StepMeter.MeasureAsync("freeze the periods due and not yet frozen (5 quarters, 5 years)",
            () => services.GetRequiredService<AutoFreezeService>().FreezeDueAsync(CancellationToken.None), n => $"{n} frozen now");
        costs.Add(freezing);
        for (var run = 1; run <= 3; run++)
        {
            var (_, cost) = await StepMeter.MeasureAsync($"the Panel's scorecard report for {period.Label} with its trend, read from snapshots, {(run == 1 ? "first" : $"again {run - 1}")}",
                () => scorecard.ReportAsync(period.Period), r => $"{r.Rows.Count()} rows, frozen revision {r.Frozen?.Revision}, {r.TrendPeriods.Count(p => r.Rows.First().Row.Trend.Any(t => t.Period == p && t.Frozen))} of {r.TrendPeriods.Count} periods frozen");
            costs.Add(cost);
        }

        report.AppendLine();
        report.AppendLine(StepCost.Header);
        foreach (var c in costs) report.AppendLine(c.Row());
        report.AppendLine();
        report.AppendLine("Each feature's time (they run side by side, one per core, so they add up to more than the whole):");
        foreach (var s in sections) report.AppendLine("- " + s);
        Console.WriteLine();
        Console.WriteLine(report);
        var file = Path.Combine(results, $"scorecard-{options.Children}.md");
        await File.WriteAllTextAsync(file, report.ToString());
        Console.WriteLine($"Written to {file}");
        return 0;
    }

    private static string Describe(LiveScorecard live)
    {
        var rated = live.Lines.Count(l => l.Rag != RagRating.None);
        var withValue = live.Lines.Count(l => l.Value is not null);
        return $"{live.Lines.Count} lines, {withValue} with a figure, {rated} rated; {live.Report.Sections.Count} feature sections";
    }

    private sealed class InProcessApp(string connection) : WebApplicationFactory<OutcomeFigures>
    {
        public ConcurrentBag<string> Timings { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            // UseSetting: Program reads the connection string before Build().
            builder.UseSetting("ConnectionStrings:CoParent", connection);
            builder.UseSetting("Demo:GenerateOnFirstStart", "false");
            builder.UseSetting("Dashboard:CacheSeconds", "0");
            // The benchmark times one calculation at a time; freezing the last quarter at start would run beside it.
            builder.UseSetting("Scorecard:AutoFreeze", "false");
            builder.ConfigureLogging(logging => logging.ClearProviders()
                .SetMinimumLevel(LogLevel.Warning)
                .AddFilter(typeof(OutcomeFigures).FullName, LogLevel.Information)
                // COPARENT_BENCH_SQL=1 writes each SQL command and its time to stderr, to find the slow one.
                .AddFilter("Microsoft.EntityFrameworkCore.Database.Command",
                    Environment.GetEnvironmentVariable("COPARENT_BENCH_SQL") == "1" ? LogLevel.Debug : LogLevel.Warning)
                .AddProvider(new Capture(Timings)));
        }
    }

    /// <summary>Keeps OutcomeFigures' per-feature timings; anything else at warning or above goes to stderr.</summary>
    private sealed class Capture(ConcurrentBag<string> timings) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => categoryName == typeof(OutcomeFigures).FullName ? this : new Other();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            const string prefix = "Outcome measures ";
            timings.Add(message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..].Replace(" worked out in ", " ", StringComparison.Ordinal) : message);
        }

        public void Dispose()
        {
        }

        private sealed class Other : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                Console.Error.WriteLine($"{Environment.TickCount64} {Environment.CurrentManagedThreadId} {eventId.Name} {logLevel}: {formatter(state, exception)}");
        }
    }
}
