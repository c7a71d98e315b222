using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CoParent.Benchmarks;

/// <summary>
/// The SSDA903 benchmark: writes a national-size return once (cached under benchmarks/results/), then runs
/// `coparent 903 validate` and `coparent 903 import` on it as their own processes, as an analyst would, and
/// records wall time, rows per second and peak memory (VmHWM sampled from /proc while the process runs).
/// </summary>
internal static class Ssda903Bench
{
    public static async Task<int> RunAsync(string root, string results, BenchOptions options)
    {
        var folder = Path.Combine(results, $"ssda903-{options.Children}-{options.Seed}");
        var generation = "cached";
        if (!Directory.Exists(folder))
        {
            var watch = Stopwatch.StartNew();
            var exit = await CoParent.Cli.CliProgram.CreateRoot().Parse(
            [
                "demo", "903", "--children", options.Children.ToString(CultureInfo.InvariantCulture),
                "--seed", options.Seed.ToString(CultureInfo.InvariantCulture), "--year", "2027", "--out", folder,
            ]).InvokeAsync();
            if (exit != 0) throw new InvalidOperationException($"Generating the return failed with exit code {exit}");
            generation = $"{watch.Elapsed.TotalSeconds:N1} s";
        }
        var rows = Directory.GetFiles(folder, "*.csv").Sum(f => File.ReadLines(f).LongCount() - 1);
        var megabytes = Directory.GetFiles(folder, "*.csv").Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;

        var cli = Path.Combine(root, "src", "CoParent.Cli", "bin", options.Configuration, "net10.0", "coparent.dll");
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"CoParent SSDA903 benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
        report.AppendLine(CultureInfo.InvariantCulture, $"Return: {options.Children:N0} children in care, {rows:N0} rows in 12 tables, {megabytes:N0} MB of CSV (seed {options.Seed}); generation {generation}");
        report.AppendLine();
        report.AppendLine("| what | wall time | rows/s | peak memory (VmHWM) | exit code |");
        report.AppendLine("|---|---|---|---|---|");

        for (var run = 1; run <= 3; run++)
        {
            var validate = await MeasureAsync(cli, ["903", "validate", folder, "--year", "2027"], root);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| validate, run {run} (read, derive, all rules) | {validate.Seconds:N2} s | {rows / validate.Seconds:N0} | {validate.PeakMegabytes:N0} MB | {validate.ExitCode} |");
        }

        var withPrevious = await MeasureAsync(cli, ["903", "validate", folder, "--year", "2027", "--previous", Path.Combine(folder, "previous")], root);
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| validate with last year's return too (both read, rules comparing years run) | {withPrevious.Seconds:N2} s | {rows / withPrevious.Seconds:N0} | {withPrevious.PeakMegabytes:N0} MB | {withPrevious.ExitCode} |");

        var database = Path.Combine(results, $"import-{options.Children}.db");
        foreach (var f in Directory.GetFiles(results, $"import-{options.Children}.db*")) File.Delete(f);
        var import = await MeasureAsync(cli, ["903", "import", folder, "--year", "2027", "--connection", $"Data Source={database}"], root);
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| import into a new SQLite database | {import.Seconds:N2} s | {rows / import.Seconds:N0} | {import.PeakMegabytes:N0} MB | {import.ExitCode} |");
        var again = await MeasureAsync(cli, ["903", "import", folder, "--year", "2027", "--connection", $"Data Source={database}"], root);
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| import the same return again (no changes) | {again.Seconds:N2} s | {rows / again.Seconds:N0} | {again.PeakMegabytes:N0} MB | {again.ExitCode} |");

        Console.WriteLine(report);
        var file = Path.Combine(results, $"bench-ssda903-{options.Children}.md");
        await File.WriteAllTextAsync(file, report.ToString());
        Console.WriteLine($"Written to {file}");
        return 0;
    }

    private sealed record Measurement(double Seconds, double PeakMegabytes, int ExitCode);

    private static async Task<Measurement> MeasureAsync(string dll, string[] arguments, string root)
    {
        var start = new ProcessStartInfo("dotnet", [dll, .. arguments])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start coparent");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        double peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, VmHwm(process.Id));
            await Task.Delay(10);
        }
        await process.WaitForExitAsync();
        watch.Stop();
        var text = await output;
        var lastLines = string.Join(Environment.NewLine, text.Split('\n').TakeLast(4));
        Console.WriteLine($"$ coparent {string.Join(' ', arguments)}{Environment.NewLine}{lastLines}{await error}");
        return new Measurement(watch.Elapsed.TotalSeconds, peak, process.ExitCode);
    }

    private static double VmHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }
        return 0;
    }
}
