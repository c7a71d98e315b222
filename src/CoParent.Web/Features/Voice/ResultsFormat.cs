using CoParent.Core.Measures;

namespace CoParent.Web.Features.Voice;

public static class ResultsFormat
{
    /// <summary>"62.5%", "c" when suppressed, blank when nobody answered.</summary>
    public static string Percent(Figure figure) => figure.Suppressed ? Suppression.Symbol : figure.Number is null ? "" : figure + "%";
}
