using CoParent.Core.Family;

namespace CoParent.Web.Features.Family;

/// <summary>
/// A new family time arrangement as a form or the API sends it, and the checks both make. Errors are keyed by the
/// field's name here; the page prefixes them with "Input.".
/// </summary>
public sealed record FamilyTimeFields(
    string? WithName, string? Relationship, string? Frequency, string? Method, bool? Supervised, string? SupervisedBy,
    DateOnly? From, DateOnly? To, string? ChildsView)
{
    public const int NameLength = 100;
    public const int ViewLength = 2000;

    /// <summary>The arrangement, or the errors: each a field name and a message a person reads.</summary>
    public (FamilyTimeArrangement? Arrangement, List<(string Field, string Message)> Errors) Check(int childId, DateOnly dateOfBirth, DateTime nowUtc)
    {
        var errors = new List<(string, string)>();
        var name = Clean(WithName);
        if (name is null) errors.Add((nameof(WithName), "Enter the name of the person the child has family time with"));
        else if (name.Length > NameLength) errors.Add((nameof(WithName), $"The name must be {NameLength} characters or fewer"));
        var relationship = Parse<FamilyRelationship>(Relationship);
        if (relationship is null) errors.Add((nameof(Relationship), "Select who the person is to the child"));
        var frequency = Parse<FamilyTimeFrequency>(Frequency);
        if (frequency is null) errors.Add((nameof(Frequency), "Select how often family time happens"));
        var method = Parse<FamilyTimeMethod>(Method);
        if (method is null) errors.Add((nameof(Method), "Select how family time happens"));
        if (Supervised is null) errors.Add((nameof(Supervised), "Select yes if family time is supervised"));
        var supervisor = Supervised == true ? Clean(SupervisedBy) : null;
        if (supervisor is { Length: > NameLength }) errors.Add((nameof(SupervisedBy), $"Who supervises must be {NameLength} characters or fewer"));
        if (From is null) errors.Add((nameof(From), "Enter the date family time started"));
        else if (From.Value < dateOfBirth) errors.Add((nameof(From), "The start date must be on or after the child's date of birth"));
        if (From is { } start && To is { } end && end < start) errors.Add((nameof(To), "The end date must be the same as or after the start date"));
        var view = Clean(ChildsView);
        if (view is { Length: > ViewLength }) errors.Add((nameof(ChildsView), $"The child's view must be {ViewLength} characters or fewer"));

        if (errors.Count > 0 || From is null) return (null, errors);
        return (new FamilyTimeArrangement
        {
            ChildId = childId, WithName = name!, Relationship = relationship!.Value, Frequency = frequency!.Value, Method = method!.Value,
            Supervised = Supervised!.Value, SupervisedBy = supervisor, From = From.Value, To = To, ChildsView = view, RecordedAtUtc = nowUtc,
        }, errors);
    }

    /// <summary>An enum value by its name ("Weekly", "InPerson"), never by its number.</summary>
    public static T? Parse<T>(string? value) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(value) && !char.IsAsciiDigit(value.Trim()[0]) && !value.Contains(',', StringComparison.Ordinal)
        && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed : null;

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
