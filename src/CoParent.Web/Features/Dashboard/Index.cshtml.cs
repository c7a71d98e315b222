using CoParent.Core.Measures;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Dashboard;

/// <summary>"About the children in our care": the strategy's figures as at a date, for every signed-in role.</summary>
public sealed class IndexModel(DashboardMeasures measures, TimeProvider clock) : PageModel
{
    public const string RealDateMessage = "Enter a real date";

    [BindProperty(SupportsGet = true)]
    public DateInput AsAt { get; set; } = new();

    public DateOnly Date { get; private set; }
    public MeasureSet? Measures { get; private set; }
    public bool Suppressed { get; private set; }

    /// <summary>Councillors (and administrators) see suppressed aggregates and no links to children.</summary>
    public bool CanDrillDown => !User.SeesAggregatesOnly();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (AsAt.IsEmpty)
        {
            Date = today;
            AsAt = DateInput.From(today);
        }
        else if (AsAt.TryGetDate(out var date))
        {
            Date = date;
        }
        else
        {
            ModelState.AddModelError($"{nameof(AsAt)}.{nameof(DateInput.Day)}", RealDateMessage);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Suppressed = User.SeesAggregatesOnly();
        Measures = await measures.CalculateAsync(Date, ct);
        return Page();
    }

    public ShownMeasure Show(MeasureResult measure) => Suppressed ? Suppression.Apply(measure) : Suppression.None(measure);

    public string DrillDownUrl(MeasureResult measure) =>
        $"/dashboard/children?measure={Uri.EscapeDataString(measure.Id)}&asAt={AsAtDate.Iso(Date)}";
}

/// <summary>The GOV.UK date input's three fields, as typed.</summary>
public sealed class DateInput
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public bool TryGetDate(out DateOnly date)
    {
        date = default;
        if (!int.TryParse(Day?.Trim(), out var day) || !int.TryParse(Month?.Trim(), out var month)
            || !int.TryParse(Year?.Trim(), out var year) || year is < 1900 or > 9999 || month is < 1 or > 12
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    public static DateInput From(DateOnly date) => new()
    {
        Day = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Month = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
