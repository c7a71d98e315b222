using System.Globalization;
using System.Text;

namespace CoParent.Core.Children;

/// <summary>
/// How names are compared when someone searches the register: case, accents and apostrophes do not matter
/// ("o'neill", "ONeill" and "O’Neill" are the same), and hyphens count as spaces ("smith jones" finds Smith-Jones).
/// Names are stored in this form beside the name itself so the database can find them by an index.
/// </summary>
public static class NameSearch
{
    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var text = new StringBuilder(name.Length);
        var space = false;
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark || ch is '\'' or '’' or '‘' or '`') continue;
            if (char.IsWhiteSpace(ch) || ch is '-' or '‐' or '–' or '.' or ',')
            {
                space = text.Length > 0;
                continue;
            }
            if (space) text.Append(' ');
            space = false;
            text.Append(char.ToLowerInvariant(ch));
        }
        return text.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The first string after every string that starts with <paramref name="prefix"/> (ordinal order), so that
    /// "starts with" is a range <c>&gt;= prefix AND &lt; end</c> that a plain index answers on any database.
    /// </summary>
    public static string PrefixEnd(string prefix) =>
        prefix.Length == 0 ? "\uffff" : prefix[..^1] + (char)(prefix[^1] + 1);
}
