using System.Globalization;

namespace CoParent.Web.Features.Strategy;

public static class MeasureDisplay
{
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Target(decimal target, decimal? tolerance) =>
        Number(target) + (tolerance is { } t && t != 0 ? $" (amber within {Number(t)})" : "");
}
