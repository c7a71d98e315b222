using System.Globalization;

namespace CoParent.Core.Ssda903.Returns;

/// <summary>
/// A date cell of the return. Every SSDA903 date is DD/MM/YYYY (ssda903.md §1); a cell that is not blank and
/// not such a date keeps its text so the "not a valid date" rules (102, 141, 147…) can report it and nothing
/// is lost.
/// </summary>
public readonly record struct DateValue(DateOnly? Date, string? Invalid)
{
    public const string Format = "dd/MM/yyyy";

    public static readonly DateValue Blank;

    public bool IsBlank => Date is null && Invalid is null;
    public bool IsInvalid => Invalid is not null;
    public bool HasDate => Date is not null;

    public static DateValue Of(DateOnly date) => new(date, null);

    public static DateValue Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Blank;
        var trimmed = text.Trim();
        return DateOnly.TryParseExact(trimmed, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateValue(date, null)
            : new DateValue(null, trimmed);
    }

    /// <summary>Lets tests and builders write dates as the DfE does: <c>Decom = "01/04/2026"</c>.</summary>
    public static implicit operator DateValue(string? text) => Parse(text);

    public static implicit operator DateValue(DateOnly date) => Of(date);

    public override string ToString() => Date?.ToString(Format, CultureInfo.InvariantCulture) ?? Invalid ?? "";
}
