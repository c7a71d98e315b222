using System.Globalization;
using CoParent.Core.Ssda903;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoParent.Web.Features.Children;

/// <summary>What a GOV.UK text input, select or radios partial needs; the field's id is FieldIds.For(Key).</summary>
public sealed record FormField(string Key, string Label, string? Value, string? Hint = null, string Width = "govuk-!-width-two-thirds")
{
    public IReadOnlyList<(string Value, string Text)> Options { get; init; } = [];
    public string InputType { get; init; } = "text";
    public bool Bold { get; init; }
}

/// <summary>A GOV.UK date input's three boxes, bound as Key.Day, Key.Month and Key.Year.</summary>
public sealed class DateInput
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public static DateInput From(DateOnly? date) => date is { } d
        ? new() { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new();

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>
    /// The date, or null with an error in model state worded as the GOV.UK pattern asks:
    /// "Enter the date ..." or "The date ... must be a real date".
    /// </summary>
    public DateOnly? Validate(ModelStateDictionary modelState, string key, string what, bool required = true)
    {
        if (IsEmpty)
        {
            if (required) modelState.AddModelError(key, $"Enter {what}");
            return null;
        }
        var missing = new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            var capital = char.ToUpperInvariant(what[0]) + what[1..];
            modelState.AddModelError(key, $"{capital} must include a {string.Join(" and ", missing)}");
            return null;
        }
        if (int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }
        var start = char.ToUpperInvariant(what[0]) + what[1..];
        modelState.AddModelError(key, $"{start} must be a real date");
        return null;
    }
}

public static class Choices
{
    public static IReadOnlyList<(string Value, string Text)> From(CodeSet set, bool withBlank = true)
    {
        var list = set.Codes.Select(c => (c.Code, $"{c.Code}: {c.Meaning}")).ToList();
        if (withBlank) list.Insert(0, ("", "Select"));
        return list;
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string ShowDate(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "";
}
