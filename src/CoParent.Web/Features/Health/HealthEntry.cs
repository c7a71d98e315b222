using CoParent.Core.Health;

namespace CoParent.Web.Features.Health;

/// <summary>The kinds of health record a worker records, as they appear in URLs.</summary>
public static class HealthRecordTypes
{
    public const string Assessments = "assessments";
    public const string DentalChecks = "dental-checks";
    public const string Immunisations = "immunisations";
    public const string Sdq = "sdq";
    public const string Passports = "passports";

    public static readonly IReadOnlyList<string> All = [Assessments, DentalChecks, Immunisations, Sdq, Passports];

    public static string Title(string type) => type switch
    {
        Assessments => "Record a health assessment",
        DentalChecks => "Record a dental check",
        Immunisations => "Record an immunisation check",
        Sdq => "Record a Strengths and Difficulties Questionnaire",
        _ => "Record a health passport given",
    };

    public static string DateWhat(string type) => type switch
    {
        Assessments => "the date the assessment was held",
        DentalChecks => "the date of the dental check",
        Immunisations => "the date the immunisations were checked",
        Sdq => "the date the questionnaire was completed",
        _ => "the date the health passport was given",
    };
}

/// <summary>
/// One health record as entered on a form or sent to the API, before it is checked. Field names are the error keys,
/// so a form (prefixed "Input.") and the API report the same field.
/// </summary>
public sealed record HealthEntry(
    string Type,
    DateOnly? Date,
    HealthAssessmentKind? Kind = null,
    string? HeldBy = null,
    bool? UpToDate = null,
    int? Score = null,
    SdqInformant? CompletedBy = null,
    HealthPassportContents Contents = HealthPassportContents.None,
    string? OtherContents = null)
{
    public const int HeldByMax = 200;
    public const int OtherContentsMax = 500;

    /// <summary>
    /// Errors by field, worded for the person who entered them; the date's own format errors are the caller's (it
    /// passes a null date and has already said why). A date cannot be in the future or before the child was born.
    /// </summary>
    public Dictionary<string, string> Validate(DateOnly today, DateOnly dateOfBirth, bool dateAlreadyReported = false)
    {
        var errors = new Dictionary<string, string>();
        var what = HealthRecordTypes.DateWhat(Type);
        if (Date is null && !dateAlreadyReported) errors[nameof(Date)] = $"Enter {what}";
        else if (Date > today) errors[nameof(Date)] = $"{Capital(what)} must be today or in the past";
        else if (Date < dateOfBirth) errors[nameof(Date)] = $"{Capital(what)} must be on or after the child's date of birth";

        switch (Type)
        {
            case HealthRecordTypes.Assessments:
                if (Kind is null) errors[nameof(Kind)] = "Select whether this was an initial or a review health assessment";
                if (string.IsNullOrWhiteSpace(HeldBy)) errors[nameof(HeldBy)] = "Enter who held the assessment";
                else if (HeldBy.Trim().Length > HeldByMax) errors[nameof(HeldBy)] = $"Who held the assessment must be {HeldByMax} characters or fewer";
                break;
            case HealthRecordTypes.Immunisations:
                if (UpToDate is null) errors[nameof(UpToDate)] = "Select whether the child's immunisations were up to date";
                break;
            case HealthRecordTypes.Sdq:
                if (Score is null) errors[nameof(Score)] = "Enter the total difficulties score";
                else if (Score is < 0 or > 40) errors[nameof(Score)] = "The total difficulties score must be a whole number from 0 to 40";
                if (CompletedBy is null) errors[nameof(CompletedBy)] = "Select who completed the questionnaire";
                break;
            case HealthRecordTypes.Passports:
                if (Contents == HealthPassportContents.None && string.IsNullOrWhiteSpace(OtherContents))
                    errors[nameof(Contents)] = "Select what the health passport contains, or describe it";
                if (OtherContents is { } other && other.Trim().Length > OtherContentsMax)
                    errors[nameof(OtherContents)] = $"What else it contains must be {OtherContentsMax} characters or fewer";
                break;
        }
        return errors;
    }

    /// <summary>The record to save; call only when <see cref="Validate"/> found nothing.</summary>
    public object ToRecord(int childId, DateTime nowUtc)
    {
        var date = Date ?? throw new InvalidOperationException("Validate the entry first.");
        return Type switch
        {
            HealthRecordTypes.Assessments => new HealthAssessment { ChildId = childId, HeldOn = date, Kind = Kind!.Value, HeldBy = HeldBy!.Trim(), RecordedAtUtc = nowUtc },
            HealthRecordTypes.DentalChecks => new DentalCheck { ChildId = childId, CheckedOn = date, RecordedAtUtc = nowUtc },
            HealthRecordTypes.Immunisations => new ImmunisationCheck { ChildId = childId, CheckedOn = date, UpToDate = UpToDate!.Value, RecordedAtUtc = nowUtc },
            HealthRecordTypes.Sdq => new SdqAssessment { ChildId = childId, CompletedOn = date, TotalScore = Score!.Value, CompletedBy = CompletedBy!.Value, RecordedAtUtc = nowUtc },
            _ => new HealthPassport
            {
                ChildId = childId, GivenOn = date, Contents = Contents, RecordedAtUtc = nowUtc,
                OtherContents = string.IsNullOrWhiteSpace(OtherContents) ? null : OtherContents.Trim(),
            },
        };
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
