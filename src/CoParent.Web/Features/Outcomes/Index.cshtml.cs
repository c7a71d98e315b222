using CoParent.Core.Measures;
using CoParent.Web.Features.Access;

using CoParent.Web.Features.Dashboard;
using DateInput = CoParent.Web.Features.Children.DateInput;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Outcomes;

/// <summary>
/// "Our Outcomes": every measure the records can give for the strategy's seven Outcomes, for a period the reader
/// picks. Councillors see aggregates with small numbers suppressed; record roles can see the children behind a figure.
/// </summary>
public sealed class IndexModel(OutcomeFigures figures, TimeProvider clock) : PageModel
{
    public const string OrderMessage = "The end date must be on or after the start date";

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    public IReadOnlyList<PeriodChoice> Choices { get; private set; } = [];
    public MeasurePeriod Chosen { get; private set; }
    public OutcomeReport? Report { get; private set; }
    public bool Suppressed { get; private set; }
    public bool CanDrillDown => !User.SeesAggregatesOnly();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Choices = PeriodChoice.Offered(today);
        if (!From.IsEmpty || !To.IsEmpty)
        {
            var from = From.Validate(ModelState, nameof(From), "the first day of the period");
            var to = To.Validate(ModelState, nameof(To), "the last day of the period");
            if (from is not null && to is not null && to < from) ModelState.AddModelError(nameof(To), OrderMessage);
            if (from is null || to is null || !ModelState.IsValid)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
            Chosen = new MeasurePeriod(from.Value, to.Value);
            Period = null;
        }
        else
        {
            var choice = Choices.FirstOrDefault(c => c.Key == Period) ?? PeriodChoice.Default(today);
            Period = choice.Key;
            Chosen = choice.Period;
        }

        Suppressed = User.SeesAggregatesOnly();
        Report = await figures.CalculateAsync(Chosen, ct);
        return Page();
    }

    public ShownMeasure Show(MeasureResult measure) => Suppressed ? Suppression.Apply(measure) : Suppression.None(measure);

    public string DrillDownUrl(MeasureResult measure) =>
        $"/dashboard/children?measure={Uri.EscapeDataString(measure.Id)}&from={AsAtDate.Iso(Chosen.From)}&to={AsAtDate.Iso(Chosen.To)}";

    /// <summary>The figure as a person reads it: "85.2%", "12", "334 days", or "c".</summary>
    public static string Figure(ShownMeasure shown)
    {
        if (shown.Value.Suppressed) return Suppression.Symbol;
        if (shown.Value.Number is null) return "No one to count";
        return shown.Measure.Unit switch
        {
            MeasureUnits.Percent => $"{shown.Value}%",
            MeasureUnits.Children or MeasureUnits.AverageScore => shown.Value.ToString(),
            _ => $"{shown.Value} {shown.Measure.Unit}",
        };
    }

    /// <summary>What a figure was worked out from, when it is a share of something.</summary>
    public static string? OutOf(ShownMeasure shown) =>
        shown.Measure.Denominator == 0 || shown.Value.Number is null && !shown.Value.Suppressed
            ? null
            : shown.Measure.Unit == MeasureUnits.Percent ? $"{shown.Numerator} of {shown.Denominator}" : $"from {shown.Denominator}";

    public static string OutcomeLabel(IReadOnlyList<int> outcomes) =>
        (outcomes.Count == 1 ? "Outcome " : "Outcomes ") + string.Join(", ", outcomes);
}
