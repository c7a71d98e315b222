using System.Text.RegularExpressions;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Children;

/// <summary>
/// The rules a child's own details must meet, from the SSDA903 Header table (ssda903.md §3 and §5).
/// Fields are named as <see cref="Child"/>'s properties.
/// </summary>
public static partial class ChildRules
{
    public const int PersonIdMaxLength = 10;
    public const int NameMaxLength = 100;

    public static IReadOnlyList<RuleError> Check(Child child, DateOnly today)
    {
        var errors = new List<RuleError>();

        // CHILD is at most 10 characters in the DfE's XML schema (ssda903.md §1).
        if (string.IsNullOrWhiteSpace(child.PersonId))
            errors.Add(new(nameof(Child.PersonId), "Enter the child's person ID"));
        else if (child.PersonId.Trim().Length > PersonIdMaxLength)
            errors.Add(new(nameof(Child.PersonId), $"The person ID must be {PersonIdMaxLength} characters or fewer"));

        CheckName(errors, nameof(Child.GivenName), child.GivenName, "first name", required: true);
        CheckName(errors, nameof(Child.FamilyName), child.FamilyName, "last name", required: true);
        CheckName(errors, nameof(Child.PreferredName), child.PreferredName, "preferred name", required: false);

        // Rule 101 (from 2024/25): M, F or U.
        if (!CodeSets.Sex.Contains(child.Sex))
            errors.Add(new(nameof(Child.Sex), "Select the child's sex"));

        // Rule 103: the long GIAS ethnicity codes.
        if (!CodeSets.Ethnicity.Contains(child.Ethnicity))
            errors.Add(new(nameof(Child.Ethnicity), "Select the child's ethnicity"));

        // Rules 102 and 301: a real date, not after today.
        if (child.DateOfBirth > today)
            errors.Add(new(nameof(Child.DateOfBirth), "The child's date of birth must be today or in the past"));

        if (!string.IsNullOrWhiteSpace(child.Upn) && !IsValidUpn(child.Upn))
            errors.Add(new(nameof(Child.Upn), "Enter a unique pupil number in the correct format, like A123456789012, or UN1 to UN5 if it is not known"));

        if (!string.IsNullOrWhiteSpace(child.HomePostcode) && !IsPostcode(child.HomePostcode))
            errors.Add(new(nameof(Child.HomePostcode), "Enter a full postcode, like CM1 1AA"));

        return errors;
    }

    /// <summary>
    /// Rule 168: a letter other than I, O or S, then 12 digits, or 11 digits and a letter; or UN1 to UN5
    /// when the UPN is not known.
    /// </summary>
    public static bool IsValidUpn(string upn) => UpnPattern().IsMatch(upn.Trim());

    /// <summary>The shape of a full UK postcode; whether it exists is the postcode directory's question (rule 392c).</summary>
    public static bool IsPostcode(string postcode) => PostcodePattern().IsMatch(postcode.Trim());

    private static void CheckName(List<RuleError> errors, string field, string? value, string what, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(new(field, $"Enter the child's {what}"));
        }
        else if (value.Trim().Length > NameMaxLength)
        {
            errors.Add(new(field, $"The child's {what} must be {NameMaxLength} characters or fewer"));
        }
    }

    [GeneratedRegex("^([A-HJ-NP-RT-Z][0-9]{12}|[A-HJ-NP-RT-Z][0-9]{11}[A-Z]|UN[1-5])$", RegexOptions.IgnoreCase)]
    private static partial Regex UpnPattern();

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", RegexOptions.IgnoreCase)]
    private static partial Regex PostcodePattern();
}
