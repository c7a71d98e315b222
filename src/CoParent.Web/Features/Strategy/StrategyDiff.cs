using System.Globalization;
using CoParent.Core.Strategy;

namespace CoParent.Web.Features.Strategy;

/// <summary>One field that differs between two versions of the strategy; Old is null for an addition, New for a removal.</summary>
public sealed record StrategyChange(string Field, string? Old, string? New);

/// <summary>
/// What changed from one version of the strategy to the next, field by field, in the words the history page shows:
/// "Outcome 4 title: old -> new". Parts are matched on their numbers, which records point at and which stay stable.
/// </summary>
public static class StrategyDiff
{
    public static IReadOnlyList<StrategyChange> Compare(StrategyDocument? before, StrategyDocument after)
    {
        var changes = new List<StrategyChange>();
        if (before is null) return changes;
        Field(changes, "Title", before.Title, after.Title);
        Field(changes, "Starts on", Date(before.StartsOn), Date(after.StartsOn));
        Field(changes, "Ends on", Date(before.EndsOn), Date(after.EndsOn));

        Parts(changes, "Priority", before.Priorities, after.Priorities, p => p.Number.ToString(CultureInfo.InvariantCulture), p => p.Title,
            [("title", p => p.Title), ("description", p => p.Description)]);
        Parts(changes, "Outcome", before.Outcomes, after.Outcomes, o => o.Number.ToString(CultureInfo.InvariantCulture), o => o.Title,
            [("title", o => o.Title), ("description", o => o.Description),
             ("priority", o => o.Priority?.ToString(CultureInfo.InvariantCulture) ?? "none"),
             ("Pledge promise", o => o.PledgePromise.ToString(CultureInfo.InvariantCulture))]);
        Parts(changes, "Pledge promise", before.Pledge, after.Pledge, p => p.Number.ToString(CultureInfo.InvariantCulture), p => p.Title,
            [("title", p => p.Title), ("in children's words", p => p.ForChildren)]);
        foreach (var promise in after.Pledge)
        {
            if (before.Promise(promise.Number) is not { } old) continue;
            Parts(changes, "Sub-promise", old.SubPromises ?? [], promise.SubPromises ?? [], s => s.Number, s => s.Text, [("", s => s.Text)]);
        }
        Parts(changes, "Attribute", before.Attributes, after.Attributes, a => a.Number.ToString(CultureInfo.InvariantCulture), a => a.Text,
            [("", a => a.Text)]);
        Parts(changes, "Covenant theme", before.CovenantThemes, after.CovenantThemes, c => c.Number.ToString(CultureInfo.InvariantCulture), c => c.Title,
            [("title", c => c.Title), ("description", c => c.Description)]);

        // Seed actions have no number: an action is its Outcome and title, so a reworded one shows as removed and added.
        var oldActions = before.Actions.Select(a => (a.Outcome, a.Title)).ToHashSet();
        var newActions = after.Actions.Select(a => (a.Outcome, a.Title)).ToHashSet();
        foreach (var a in oldActions.Except(newActions)) changes.Add(new($"Action for Outcome {a.Outcome}", a.Title, null));
        foreach (var a in newActions.Except(oldActions)) changes.Add(new($"Action for Outcome {a.Outcome}", null, a.Title));
        return changes;
    }

    private static void Parts<T>(
        List<StrategyChange> changes, string what, IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key, Func<T, string> summary,
        IReadOnlyList<(string Name, Func<T, string?> Value)> fields)
    {
        var old = before.ToDictionary(key);
        var current = after.ToDictionary(key);
        foreach (var (number, part) in current)
        {
            if (!old.TryGetValue(number, out var was))
            {
                changes.Add(new($"{what} {number}", null, summary(part)));
                continue;
            }
            foreach (var (name, value) in fields) Field(changes, $"{what} {number}{(name.Length == 0 ? "" : " " + name)}", value(was), value(part));
        }
        foreach (var (number, part) in old.Where(p => !current.ContainsKey(p.Key))) changes.Add(new($"{what} {number}", summary(part), null));
    }

    private static void Field(List<StrategyChange> changes, string name, string? old, string? now)
    {
        if (!string.Equals(old, now, StringComparison.Ordinal)) changes.Add(new(name, old, now));
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
