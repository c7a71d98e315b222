using System.Diagnostics;
using System.Globalization;

namespace CoParent.Benchmarks;

/// <summary>What one in-process step cost: wall time, the process's peak resident memory during it, managed allocation.</summary>
internal sealed record StepCost(
    string Name, TimeSpan Elapsed, double ResidentAtStartMegabytes, double PeakMegabytes, bool PeakIsStepOnly, double AllocatedMegabytes, double HeapAfterMegabytes, string Note)
{
    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Elapsed.TotalSeconds:N2} s | {ResidentAtStartMegabytes:N0} MB | {PeakMegabytes:N0} MB{(PeakIsStepOnly ? "" : " (process so far)")} | {AllocatedMegabytes:N0} MB | {HeapAfterMegabytes:N0} MB | {Note} |");

    public const string Header = "| step | wall time | working set at start | peak working set | managed allocated | managed heap after | result |\n|---|---|---|---|---|---|---|";
}

/// <summary>
/// Times steps run in this process. Linux lets a process reset its own peak resident size (writing 5 to
/// /proc/self/clear_refs), so each step's peak is its own, not the largest of all the steps before it.
/// </summary>
internal static class StepMeter
{
    public static async Task<(T Result, StepCost Cost)> MeasureAsync<T>(string name, Func<Task<T>> step, Func<T, string> describe)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var reset = TryResetPeak();
        var atStart = Status("VmRSS:");
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var watch = Stopwatch.StartNew();
        var result = await step();
        watch.Stop();
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1024.0 / 1024.0;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var peak = Status("VmHWM:") ?? self.PeakWorkingSet64 / 1024.0 / 1024.0;
        var cost = new StepCost(name, watch.Elapsed, atStart ?? double.NaN, peak, reset, allocatedMb,
            GC.GetTotalMemory(forceFullCollection: false) / 1024.0 / 1024.0, describe(result));
        Console.WriteLine(cost.Row());
        return (result, cost);
    }

    /// <summary>A memory line of /proc/self/status in MB (Linux), or null elsewhere.</summary>
    private static double? Status(string field)
    {
        if (!File.Exists("/proc/self/status")) return null;
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
