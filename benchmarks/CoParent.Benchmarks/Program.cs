using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CoParent.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/CoParent.Benchmarks -- [--children 1100] [--care-leavers 780]
//        [--users 50] [--seconds 20] [--seed 2022]
//        dotnet run -c Release --project benchmarks/CoParent.Benchmarks -- --ssda903 --children 84000
//        dotnet run -c Release --project benchmarks/CoParent.Benchmarks -- --attendance [--pupils 60000] [--connection "Host=..."]
//        dotnet run -c Release --project benchmarks/CoParent.Benchmarks -- --scorecard [--children 84000 --care-leavers 60000]
// Generates (once, cached under benchmarks/results/) a demo council of that size in SQLite, starts CoParent as
// its own process on loopback, and measures the dashboard and the register: single-request time, then
// p50/p95 and throughput for a bounded number of concurrent signed-in users, and the server's peak memory.
var options = BenchOptions.Parse(args);
var root = RepoRoot.Find();
var results = Directory.CreateDirectory(Path.Combine(root, "benchmarks", "results")).FullName;
if (args.Contains("--ssda903")) return await Ssda903Bench.RunAsync(root, results, options);
if (args.Contains("--attendance")) return await AttendanceBench.RunAsync(args, results, options);
// Named by the newest migration too, so a council generated before the model changed is not reused.
var schema = Directory.GetFiles(Path.Combine(root, "src", "CoParent.Data", "Migrations", "Sqlite"), "2*_*.cs")
    .Select(Path.GetFileName).Where(f => !f!.EndsWith(".Designer.cs", StringComparison.Ordinal)).Max()![..14];
var database = Path.Combine(results, $"coparent-{options.Children}-{options.CareLeavers}-{options.Seed}-{schema}.db");

var generation = await DemoDatabase.EnsureAsync(database, options);
if (args.Contains("--scorecard")) return await ScorecardBench.RunAsync(database, generation, results, options);
await using var server = await WebServer.StartAsync(root, database, options.Configuration);
using var client = await SignedInClient.CreateAsync(server.BaseAddress, "manager", "coparent-demo-2026");

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"CoParent benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, SQLite");
report.AppendLine(CultureInfo.InvariantCulture, $"Demo council: {options.Children:N0} children in care, {options.CareLeavers:N0} care leavers (seed {options.Seed}); generation {generation}");
report.AppendLine();
report.AppendLine("| what | first request (cold) | single request (warm) | p50 | p95 | requests/s | errors |");
report.AppendLine("|---|---|---|---|---|---|---|");

string[] targets = ["/api/measures", "/dashboard", "/children", "/children?q=smith", "/api/outcomes", "/outcomes", "/reviews", "/health", "/virtual-school", "/attendance", "/scorecard", "/our-pledge"];
foreach (var path in targets)
{
    // The first request pays for JIT and, for the dashboard, the whole calculation (later ones share it for 30 s).
    var cold = Stopwatch.StartNew();
    using (var first = await client.GetAsync(path)) first.EnsureSuccessStatusCode();
    cold.Stop();
    var single = Stopwatch.StartNew();
    using (var response = await client.GetAsync(path)) response.EnsureSuccessStatusCode();
    single.Stop();
    var load = await LoadTest.RunAsync(client, path, options.Users, TimeSpan.FromSeconds(options.Seconds));
    report.AppendLine(CultureInfo.InvariantCulture,
        $"| GET {path} ({options.Users} users, {options.Seconds}s) | {cold.Elapsed.TotalMilliseconds:N0} ms | {single.Elapsed.TotalMilliseconds:N0} ms | {load.P50:N0} ms | {load.P95:N0} ms | {load.Throughput:N1} | {load.Errors} |");
}
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Server peak memory (VmHWM): {server.PeakMemoryMegabytes():N0} MB");

Console.WriteLine(report);
var file = Path.Combine(results, $"bench-{options.Children}.md");
await File.WriteAllTextAsync(file, report.ToString());
Console.WriteLine($"Written to {file}");
return 0;

namespace CoParent.Benchmarks
{
    internal sealed record BenchOptions(int Children, int CareLeavers, int Users, int Seconds, int Seed, string Configuration)
    {
        public static BenchOptions Parse(string[] args)
        {
            int Int(string name, int fallback)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
            }
#if DEBUG
            const string configuration = "Debug";
#else
            const string configuration = "Release";
#endif
            var children = Int("--children", 1100);
            return new(children, Int("--care-leavers", children == 1100 ? 780 : children * 5 / 7), Int("--users", 50),
                Int("--seconds", 20), Int("--seed", 2022), configuration);
        }
    }

    internal static class RepoRoot
    {
        public static string Find()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoParent.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Run from inside the CoParent repository.");
        }
    }

    internal static class DemoDatabase
    {
        /// <summary>Generates the council once through the CLI's own command; later runs reuse the file.</summary>
        public static async Task<string> EnsureAsync(string file, BenchOptions options)
        {
            if (File.Exists(file)) return "cached";
            var watch = Stopwatch.StartNew();
            var exit = await CoParent.Cli.CliProgram.CreateRoot().Parse(
            [
                "demo", "generate", "--children", options.Children.ToString(CultureInfo.InvariantCulture),
                "--care-leavers", options.CareLeavers.ToString(CultureInfo.InvariantCulture),
                "--seed", options.Seed.ToString(CultureInfo.InvariantCulture), "--connection", $"Data Source={file}",
            ]).InvokeAsync();
            if (exit != 0)
            {
                File.Delete(file);
                throw new InvalidOperationException($"Demo generation failed with exit code {exit}");
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return $"{watch.Elapsed.TotalSeconds:N1} s";
        }
    }

    internal sealed class WebServer : IAsyncDisposable
    {
        private readonly Process _process;

        private WebServer(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public static async Task<WebServer> StartAsync(string root, string database, string configuration)
        {
            var project = Path.Combine(root, "src", "CoParent.Web");
            var dll = Path.Combine(project, "bin", configuration, "net10.0", "CoParent.Web.dll");
            var port = 5190 + Random.Shared.Next(400);
            var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
            {
                WorkingDirectory = project,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["ConnectionStrings__CoParent"] = $"Data Source={database}";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start CoParent.Web");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var address = new Uri($"http://127.0.0.1:{port}");
            using var probe = new HttpClient { BaseAddress = address };
            for (var i = 0; i < 600; i++)
            {
                try
                {
                    using var response = await probe.GetAsync("/sign-in");
                    if (response.IsSuccessStatusCode) return new WebServer(process, address);
                }
                catch (HttpRequestException)
                {
                    // still starting
                }
                await Task.Delay(250);
            }
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("CoParent.Web did not start within 150 seconds");
        }

        /// <summary>The server process's peak resident memory, from /proc (Linux).</summary>
        public double PeakMemoryMegabytes()
        {
            var status = File.ReadAllLines($"/proc/{_process.Id}/status");
            var line = status.First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }

        public async ValueTask DisposeAsync()
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }

    internal static partial class SignedInClient
    {
        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex Token();

        /// <summary>
        /// Signs in through the form. The session cookie is Secure, which HttpClient will not send over plain
        /// HTTP, so the cookies are carried by hand.
        /// </summary>
        public static async Task<HttpClient> CreateAsync(Uri baseAddress, string userName, string password)
        {
            var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 256 };
            var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
            using var form = await client.GetAsync("/sign-in");
            var cookies = Cookies(form);
            var token = WebUtility.HtmlDecode(Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value);
            using var post = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
            {
                Content = new FormUrlEncodedContent([new("UserName", userName), new("Password", password), new("__RequestVerificationToken", token)]),
            };
            post.Headers.Add("Cookie", string.Join("; ", cookies));
            using var signedIn = await client.SendAsync(post);
            if (signedIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)signedIn.StatusCode}");
            // Sign-in first clears any old session cookie, then sets the new one: keep the last with a value.
            var session = Cookies(signedIn).Last(c => c.StartsWith("coparent=", StringComparison.Ordinal) && c.Length > "coparent=".Length);
            client.DefaultRequestHeaders.Add("Cookie", session);
            return client;
        }

        private static List<string> Cookies(HttpResponseMessage response) =>
            response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]).ToList() : [];
    }

    internal sealed record LoadResult(double P50, double P95, double Throughput, int Errors);

    internal static class LoadTest
    {
        /// <summary>A bounded closed-loop load: each simulated user sends its next request when the last returns.</summary>
        public static async Task<LoadResult> RunAsync(HttpClient client, string path, int users, TimeSpan duration)
        {
            var latencies = new List<double>[users];
            var errors = 0;
            var until = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, users).Select(async u =>
            {
                var mine = latencies[u] = [];
                while (until.Elapsed < duration)
                {
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        using var response = await client.GetAsync(path);
                        await response.Content.ReadAsByteArrayAsync();
                        if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    catch (TaskCanceledException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    mine.Add(watch.Elapsed.TotalMilliseconds);
                }
            }));
            var all = latencies.SelectMany(l => l).Order().ToArray();
            double Percentile(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
            return new LoadResult(Percentile(0.50), Percentile(0.95), all.Length / until.Elapsed.TotalSeconds, errors);
        }
    }
}
