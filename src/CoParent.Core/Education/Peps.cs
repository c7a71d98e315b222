using System.Text.Json;

namespace CoParent.Core.Education;

/// <summary>A copy of a PEP as it stood when it was submitted, returned or approved: every version is kept.</summary>
public class PepVersion
{
    public int Id { get; set; }
    public int PersonalEducationPlanId { get; set; }
    public PersonalEducationPlan? PersonalEducationPlan { get; set; }
    public int Version { get; set; }
    public PepStatus Status { get; set; }
    /// <summary>A <see cref="PepSnapshot"/> as JSON.</summary>
    public string Snapshot { get; set; } = "";
    public string ByUserId { get; set; } = "";
    public string ByUserName { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>The Virtual School's termly PEP deadline, e.g. autumn 31 October; the Virtual School Head sets them.</summary>
public class PepDeadline
{
    public int Id { get; set; }
    public SchoolTerm Term { get; set; }
    public int Month { get; set; }
    public int Day { get; set; }

    /// <summary>The deadline in the given academic year (autumn falls in its first calendar year, spring and summer in its second).</summary>
    public DateOnly In(int academicYear)
    {
        var year = Term == SchoolTerm.Autumn ? academicYear : academicYear + 1;
        return new DateOnly(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));
    }

    public static IReadOnlyList<PepDeadline> Defaults =>
    [
        new() { Term = SchoolTerm.Autumn, Month = 10, Day = 31 },
        new() { Term = SchoolTerm.Spring, Month = 2, Day = 28 },
        new() { Term = SchoolTerm.Summer, Month = 6, Day = 30 },
    ];
}

/// <summary>Every section of a PEP, for a version's snapshot and the side-by-side comparison.</summary>
public sealed record PepSnapshot(
    int AcademicYear, SchoolTerm Term, PepStatus Status, DateOnly? MeetingDate, string? MeetingAttendees,
    string? ChildLikes, string? ChildFindsHard, string? ChildWants, string? CareContext,
    string? AttainmentNotes, ProgressAgainstExpected EnglishProgress, ProgressAgainstExpected MathsProgress, ProgressAgainstExpected ScienceProgress,
    string? SupportAndInterventions, IReadOnlyList<PepSnapshot.Target> Targets,
    PepRating? QaRating, string? QaFeedback, string? ReturnReason, string? QaItemsMet)
{
    public sealed record Target(string Description, string WhoWillDoIt, DateOnly? ByWhen, PepTargetOutcome Outcome, decimal? PupilPremiumRequested);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PepSnapshot Of(PersonalEducationPlan pep) => new(
        pep.AcademicYear, pep.Term, pep.Status, pep.MeetingDate, pep.MeetingAttendees,
        pep.ChildLikes, pep.ChildFindsHard, pep.ChildWants, pep.CareContext,
        pep.AttainmentNotes, pep.EnglishProgress, pep.MathsProgress, pep.ScienceProgress,
        pep.SupportAndInterventions,
        [.. pep.Targets.OrderBy(t => t.Id).Select(t => new Target(t.Description, t.WhoWillDoIt, t.ByWhen, t.Outcome, t.PupilPremiumRequested))],
        pep.QaRating, pep.QaFeedback, pep.ReturnReason, pep.QaItemsMet);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PepSnapshot? FromJson(string json) => JsonSerializer.Deserialize<PepSnapshot>(json, Json);
}

/// <summary>What the Virtual School checks a submitted PEP against (a PEP of good quality, statutory guidance 2018).</summary>
public static class PepQaChecklist
{
    public sealed record Item(string Key, string Text);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("voice", "The child's voice is in their own words"),
        new("attainment", "Attainment and progress are recorded against expected for each core subject"),
        new("attendance", "Attendance was discussed"),
        new("smart", "Targets are SMART: specific, measurable, with who and by when"),
        new("pupil-premium", "Pupil Premium Plus is linked to a target"),
        new("owners", "Next steps have owners"),
    ];

    public static IReadOnlyList<string> Parse(string? met) =>
        string.IsNullOrEmpty(met) ? [] : [.. met.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(k => Items.Any(i => i.Key == k))];
}

/// <summary>The moves a PEP may make: Draft → Submitted → Returned (with a reason) or Approved (locked).</summary>
public static class PepWorkflow
{
    /// <summary>Null when the PEP may be submitted, otherwise why not.</summary>
    public static string? CannotSubmit(PersonalEducationPlan pep) =>
        !pep.IsEditable ? "This PEP has already been submitted"
        : string.IsNullOrWhiteSpace(pep.ChildLikes) && string.IsNullOrWhiteSpace(pep.ChildFindsHard) && string.IsNullOrWhiteSpace(pep.ChildWants)
            ? "Enter the child's views before submitting the PEP"
        : pep.Targets.Count == 0 ? "Add at least one target before submitting the PEP"
        : pep.MeetingDate is null ? "Enter the date of the PEP meeting before submitting the PEP"
        : null;

    public static void Submit(PersonalEducationPlan pep, DateTime at)
    {
        if (CannotSubmit(pep) is { } why) throw new InvalidOperationException(why);
        pep.Status = PepStatus.Submitted;
        pep.SubmittedAt = at;
    }

    public static void Return(PersonalEducationPlan pep, string reason, PepRating? rating, string? feedback, IEnumerable<string> itemsMet, string by, DateTime at)
    {
        if (pep.Status != PepStatus.Submitted) throw new InvalidOperationException("Only a submitted PEP can be returned");
        if (string.IsNullOrWhiteSpace(reason)) throw new InvalidOperationException("A returned PEP needs a reason");
        Assure(pep, rating, feedback, itemsMet, by, at);
        pep.ReturnReason = reason.Trim();
        pep.Status = PepStatus.Returned;
    }

    public static void Approve(PersonalEducationPlan pep, PepRating rating, string? feedback, IEnumerable<string> itemsMet, string by, DateTime at)
    {
        if (pep.Status != PepStatus.Submitted) throw new InvalidOperationException("Only a submitted PEP can be approved");
        Assure(pep, rating, feedback, itemsMet, by, at);
        pep.Status = PepStatus.Approved;
        pep.ApprovedAt = at;
    }

    private static void Assure(PersonalEducationPlan pep, PepRating? rating, string? feedback, IEnumerable<string> itemsMet, string by, DateTime at)
    {
        pep.QaRating = rating;
        pep.QaFeedback = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();
        pep.QaItemsMet = string.Join(',', PepQaChecklist.Items.Select(i => i.Key).Where(itemsMet.Contains));
        pep.QaBy = by;
        pep.QaAt = at;
    }

    /// <summary>Next term's PEP starts from this one's targets (outcomes not yet reviewed).</summary>
    public static PersonalEducationPlan NextTerm(int childId, int academicYear, SchoolTerm term, DateOnly dueBy, PersonalEducationPlan? previous, DateTime at) => new()
    {
        ChildId = childId,
        AcademicYear = academicYear,
        Term = term,
        DueBy = dueBy,
        CreatedAt = at,
        Targets = previous is null ? [] : [.. previous.Targets.OrderBy(t => t.Id).Select(t => new PepTarget
        {
            Description = t.Description, WhoWillDoIt = t.WhoWillDoIt, ByWhen = t.ByWhen,
        })],
    };

    /// <summary>The term a date falls in: autumn from September, spring from January, summer from after Easter (taken as April).</summary>
    public static (int AcademicYear, SchoolTerm Term) TermOf(DateOnly date) =>
        (SchoolYear.AcademicYearStarting(date), date.Month switch { >= 9 => SchoolTerm.Autumn, <= 3 => SchoolTerm.Spring, _ => SchoolTerm.Summer });

    /// <summary>The first day of a term (for attendance "this term so far").</summary>
    public static DateOnly TermStart(int academicYear, SchoolTerm term) => term switch
    {
        SchoolTerm.Autumn => new DateOnly(academicYear, 9, 1),
        SchoolTerm.Spring => new DateOnly(academicYear + 1, 1, 1),
        _ => new DateOnly(academicYear + 1, 4, 1),
    };
}
