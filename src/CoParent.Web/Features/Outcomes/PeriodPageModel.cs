using CoParent.Core.Measures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DateInput = CoParent.Web.Features.Children.DateInput;

namespace CoParent.Web.Features.Outcomes;

/// <summary>
/// A page of figures for a period the reader picks (Our Outcomes, the Virtual School Head's page, the scorecard):
/// an offered quarter or year by key, or dates of their own, validated once here.
/// </summary>
public abstract class PeriodPageModel(TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    public IReadOnlyList<PeriodChoice> Choices { get; private set; } = [];
    public MeasurePeriod Chosen { get; private set; }

    /// <summary>Sets <see cref="Chosen"/>; false (with the errors in ModelState and status 400) when the dates are wrong.</summary>
    protected bool TryChoosePeriod()
    {
        ModelState.Clear();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Choices = PeriodChoice.Offered(today);
        var period = Period;
        if (PeriodChoice.Resolve(today, ref period, From, To, ModelState) is not { } chosen)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }
        (Chosen, Period) = (chosen, period);
        return true;
    }
}
