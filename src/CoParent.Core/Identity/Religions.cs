namespace CoParent.Core.Identity;

/// <summary>
/// The religion choices the ONS census offers (the 2021 census question "What is your religion?", with the
/// written-in answers grouped), plus "Prefers not to say". Stored as the text shown, on the child and on a
/// carers' household.
/// </summary>
public static class Religions
{
    public const string NoReligion = "No religion";
    public const string PrefersNotToSay = "Prefers not to say";

    public static readonly IReadOnlyList<string> Choices =
    [
        NoReligion, "Christian", "Buddhist", "Hindu", "Jewish", "Muslim", "Sikh", "Any other religion", PrefersNotToSay,
    ];

    /// <summary>The choice as stored, whatever its case; older free-text answers map to their census group; null when not a choice.</summary>
    public static string? Canonical(string? religion)
    {
        if (string.IsNullOrWhiteSpace(religion)) return null;
        var text = religion.Trim();
        var choice = Choices.FirstOrDefault(c => c.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (choice is not null) return choice;
        // The census counts every Christian denomination as Christian.
        if (text.StartsWith("Christian", StringComparison.OrdinalIgnoreCase)
            || text.Equals("Roman Catholic", StringComparison.OrdinalIgnoreCase)
            || text.Equals("Church of England", StringComparison.OrdinalIgnoreCase)) return "Christian";
        return null;
    }

    /// <summary>
    /// Whether a carer's religion is the child's: both recorded, the same census group, and an actual faith (two
    /// households with no religion, or who preferred not to say, do not "share a religion").
    /// </summary>
    public static bool Shared(string? child, string? carer)
    {
        var a = Canonical(child);
        var b = Canonical(carer);
        return a is not null && a == b && a is not (NoReligion or PrefersNotToSay);
    }
}
