using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoParent.Core.Strategy;

/// <summary>
/// The council's Co-Parenting Strategy as structure: its five Priorities, seven Outcomes, the seven promises of the
/// Pledge, the ten Attributes of a Good Parent and the Care Leavers Covenant themes. The repository ships the
/// 2022-27 strategy's structure and short titles with descriptions in our own words
/// (<c>CoParent.Data/Strategy/co-parenting-strategy-2022-27.json</c>); an administrator may enter the council's
/// full wording or load the next strategy, and every version is kept (<see cref="StrategyVersion"/>).
/// Numbers are the strategy's own and are what records point at (a delivery action's Outcome, a measure's
/// promise), so they stay stable when wording changes.
/// </summary>
public sealed record StrategyDocument(
    string Title,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<StrategyPriority> Priorities,
    IReadOnlyList<StrategyOutcome> Outcomes,
    IReadOnlyList<PledgePromise> Pledge,
    IReadOnlyList<GoodParentAttribute> Attributes,
    IReadOnlyList<CovenantTheme> CovenantThemes,
    IReadOnlyList<SeedAction> Actions)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public StrategyOutcome? Outcome(int number) => Outcomes.FirstOrDefault(o => o.Number == number);

    public PledgePromise? Promise(int number) => Pledge.FirstOrDefault(p => p.Number == number);

    public StrategyPriority? Priority(int number) => Priorities.FirstOrDefault(p => p.Number == number);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a strategy file; the errors say what is wrong in words an administrator can act on.</summary>
    public static (StrategyDocument? Document, IReadOnlyList<string> Errors) Parse(string json)
    {
        StrategyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<StrategyDocument>(json, Json);
        }
        catch (JsonException e)
        {
            return (null, [$"The file is not a strategy in the expected JSON form: {e.Message}"]);
        }
        if (document is null) return (null, ["The file is empty."]);
        var errors = document.Validate();
        return (errors.Count == 0 ? document : null, errors);
    }

    /// <summary>What would make the strategy unusable: missing titles, repeated numbers, links to nothing.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Title)) errors.Add("Enter the strategy's title");
        if (EndsOn < StartsOn) errors.Add("The strategy must end on or after the day it starts");
        if (Priorities is null || Outcomes is null || Pledge is null || Attributes is null || CovenantThemes is null || Actions is null)
        {
            errors.Add("The strategy needs priorities, outcomes, pledge, attributes, covenantThemes and actions (any may be an empty list)");
            return errors;
        }

        Unique(Priorities.Select(p => p.Number), "priority", errors);
        Unique(Outcomes.Select(o => o.Number), "outcome", errors);
        Unique(Pledge.Select(p => p.Number), "pledge promise", errors);
        Unique(Attributes.Select(a => a.Number), "attribute", errors);
        Unique(CovenantThemes.Select(c => c.Number), "covenant theme", errors);
        foreach (var p in Priorities.Where(p => string.IsNullOrWhiteSpace(p.Title))) errors.Add($"Priority {p.Number} needs a title");
        foreach (var o in Outcomes)
        {
            if (string.IsNullOrWhiteSpace(o.Title)) errors.Add($"Outcome {o.Number} needs a title");
            if (o.Priority is { } priority && Priority(priority) is null) errors.Add($"Outcome {o.Number} names priority {priority}, which the strategy does not have");
            if (Promise(o.PledgePromise) is null) errors.Add($"Outcome {o.Number} names pledge promise {o.PledgePromise}, which the strategy does not have");
        }
        foreach (var p in Pledge)
        {
            if (string.IsNullOrWhiteSpace(p.Title)) errors.Add($"Pledge promise {p.Number} needs a title");
            Unique((p.SubPromises ?? []).Select(s => s.Number), $"sub-promise of promise {p.Number}", errors);
        }
        foreach (var a in Actions.Where(a => Outcome(a.Outcome) is null)) errors.Add($"The action \"{a.Title}\" names outcome {a.Outcome}, which the strategy does not have");
        return errors;
    }

    private static void Unique<T>(IEnumerable<T> numbers, string what, List<string> errors)
    {
        foreach (var repeated in numbers.GroupBy(n => n).Where(g => g.Count() > 1)) errors.Add($"There is more than one {what} numbered {repeated.Key}");
    }
}

/// <summary>One of the five Priorities children and young people told the council matter most (Self, Health...).</summary>
public sealed record StrategyPriority(int Number, string Title, string Description);

/// <summary>
/// One of the seven Outcomes. Outcomes 1 and 2 serve the whole strategy and have no Priority; 3 to 7 each serve one.
/// Each relates to one promise of the Pledge, which is how children can hold the council to account for it.
/// </summary>
public sealed record StrategyOutcome(int Number, string Title, string Description, int? Priority, int PledgePromise);

/// <summary>A promise of the Pledge, in children's words where the council has them, with its "we will" sub-promises.</summary>
public sealed record PledgePromise(int Number, string Title, string ForChildren, IReadOnlyList<PledgeSubPromise> SubPromises);

/// <summary>A "we will" line under a promise, numbered as the Pledge numbers them ("1.3").</summary>
public sealed record PledgeSubPromise(string Number, string Text);

/// <summary>One of the ten Attributes of a Good Parent the strategy asks every decision to meet.</summary>
public sealed record GoodParentAttribute(int Number, string Text);

/// <summary>A theme of the Care Leavers Covenant the council has signed up to.</summary>
public sealed record CovenantTheme(int Number, string Title, string Description);

/// <summary>An action the strategy's "Taking action" list proposes for an Outcome: the seed of its delivery plan.</summary>
public sealed record SeedAction(int Outcome, string Title);
