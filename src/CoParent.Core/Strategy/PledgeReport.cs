using System.Globalization;
using CoParent.Core.Measures;

namespace CoParent.Core.Strategy;

/// <summary>How a figure is said to a child: who it is about and what happened ("children in care", "had a health check").</summary>
public sealed record PledgeWording(string MeasureId, string Who, string What);

/// <summary>One promise of the Pledge as children read it: what we said, what we did and what the figures say.</summary>
public sealed record PledgePromiseReport(
    int Number,
    string Title,
    string ForChildren,
    IReadOnlyList<string> WeSaid,
    IReadOnlyList<string> Doing,
    IReadOnlyList<string> Finished,
    IReadOnlyList<string> Figures);

/// <summary>The children's view of the Pledge for one year of figures.</summary>
public sealed record PledgeReportPage(MeasurePeriod Period, IReadOnlyList<PledgePromiseReport> Promises);

/// <summary>
/// Turns the strategy, its delivery plan and the year's figures into the children's view of the Pledge. Only
/// figures with a better direction are told, only in words we have written for them, and never a count of 1 to 5
/// or a percentage built on one (the DfE's suppression rule, <see cref="Suppression"/>): "a few" says it instead.
/// </summary>
public static class PledgeReport
{
    public const int FiguresPerPromise = 3;

    private const string Answered = "children and young people who answered our survey";
    private const string InCareAYear = "children in care for a year or more";

    /// <summary>The figures we can say in plain words, best first: each promise tells its first few that have a figure.</summary>
    public static readonly IReadOnlyList<PledgeWording> Wordings =
    [
        new("voice.question.proud-to-be-me", Answered, "said they feel proud to be who they are"),
        new("identity.life-story-completed", InCareAYear, "had finished their life story work"),
        new("health.annual-check", InCareAYear, "had a health check"),
        new("health.dental", InCareAYear, "had their teeth checked by a dentist"),
        new("health.immunisations", InCareAYear, "were up to date with their vaccinations"),
        new("voice.question.supported", Answered, "said Children's Services supported them well"),
        new("family.permanence-plan", "children in care", "had a plan for where they will grow up"),
        new("family.siblings-living-together", "children in care with a brother or sister in care", "lived with at least one of them"),
        new("voice.question.cared-about", Answered, "said they feel cared about by the people they live with"),
        new("family.family-time-arrangement", "children in care", "had a plan for time with their family"),
        new("stability.long-term", "children under 16 in care for a long time", "had lived with the same carers for 2 years or more"),
        new("voice.question.enjoy-school", Answered, "said they always enjoy school"),
        new("leaving-care.eet.16-17-in-care", "16 and 17 year olds in care", "were at school, college, training or work"),
        new("voice.question.listened-to", Answered, "said they always feel listened to about their care"),
        new("reviews.participation", "meetings to check how a child's care is going", "heard what the child thought"),
        new("voice.question.family-plan", Answered, "said they understand the plan to see their family"),
        new("leaving-care.eet.19-21", "care leavers aged 19 to 21", "were at college, training or work"),
        new("leaving-care.suitable-accommodation.19-21", "care leavers aged 19 to 21", "had a safe, suitable place to live"),
        new("leaving-care.staying-put", "young people living with foster carers when they turned 18", "stayed on with them"),
    ];

    public static PledgeWording? WordingFor(string measureId) => Wordings.FirstOrDefault(w => w.MeasureId == measureId);

    /// <summary>The sentence for a figure, or null when there is none to say: no wording, no figure, no better direction, or too few to say.</summary>
    public static string? Sentence(MeasureResult measure) =>
        WordingFor(measure.Id) is { } wording ? Sentence(measure, wording) : null;

    public static string? Sentence(MeasureResult measure, PledgeWording wording)
    {
        if (measure.Value is not { } value) return null;
        if (MeasureCatalogue.Find(measure.Id) is not { Direction: not MeasureDirection.NoDirection }) return null;
        if (measure.Unit is not (MeasureUnits.Percent or MeasureUnits.Children)) return null;

        var shown = Suppression.Apply(measure);
        if (shown.Numerator.Suppressed) return Say("A few", wording);
        if (shown.Value.Suppressed) return null;
        if (measure.Unit == MeasureUnits.Children) return Say(measure.Numerator == 0 ? "No" : measure.Numerator.ToString("#,##0", CultureInfo.InvariantCulture), wording);

        if (measure.Numerator == 0) return Say("None of the", wording);
        if (measure.Numerator >= measure.Denominator) return Say("All of the", wording);
        var tenths = (int)Math.Round(value / 10m, MidpointRounding.AwayFromZero);
        // "0 in every 10" or "10 in every 10" would not be true, so near the ends we say whole percentages.
        if (tenths is >= 1 and <= 9) return Say($"{tenths} in every 10", wording);
        var hundredths = (int)Math.Round(value, MidpointRounding.AwayFromZero);
        return Say($"{Math.Clamp(hundredths, 1, 99)} in every 100", wording);
    }

    private static string Say(string amount, PledgeWording wording) => $"{amount} {wording.Who} {wording.What}.";

    /// <summary>
    /// Every promise of the Pledge with its sub-promises, the actions for the Outcomes it serves that are on track
    /// or were completed since <paramref name="finishedSince"/>, and up to <see cref="FiguresPerPromise"/> figures.
    /// A measure serves its own promise if it names one, otherwise its Outcome's.
    /// </summary>
    public static PledgeReportPage Build(
        StrategyDocument strategy, IEnumerable<DeliveryAction> actions, IEnumerable<MeasureResult> figures, MeasurePeriod period, DateOnly finishedSince)
    {
        var byId = figures.GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.First());
        var allActions = actions.ToList();
        int? PromiseOf(string measureId) => MeasureCatalogue.Find(measureId) is { } info
            ? info.PledgePromise ?? strategy.Outcome(info.Outcome)?.PledgePromise
            : null;

        var promises = strategy.Pledge.OrderBy(p => p.Number).Select(promise =>
        {
            var outcomes = strategy.Outcomes.Where(o => o.PledgePromise == promise.Number).Select(o => o.Number).ToHashSet();
            var mine = allActions.Where(a => outcomes.Contains(a.Outcome)).OrderBy(a => a.Outcome).ThenBy(a => a.Id).ToList();
            var sentences = Wordings
                .Where(w => PromiseOf(w.MeasureId) == promise.Number && byId.ContainsKey(w.MeasureId))
                .Select(w => Sentence(byId[w.MeasureId], w))
                .OfType<string>()
                .Take(FiguresPerPromise)
                .ToList();
            return new PledgePromiseReport(
                promise.Number, promise.Title, promise.ForChildren,
                (promise.SubPromises ?? []).Select(s => s.Text).ToList(),
                mine.Where(a => a.Status == ActionStatus.OnTrack).Select(a => a.Title).ToList(),
                mine.Where(a => a.Status == ActionStatus.Complete && DateOnly.FromDateTime(a.UpdatedAtUtc) >= finishedSince).Select(a => a.Title).ToList(),
                sentences);
        }).ToList();
        return new PledgeReportPage(period, promises);
    }
}
