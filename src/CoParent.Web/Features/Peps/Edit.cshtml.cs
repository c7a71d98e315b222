using System.Globalization;
using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Peps;

/// <summary>The PEP's sections as typed; every field a string so nothing typed is lost.</summary>
public sealed class PepInput
{
    public string? ChildLikes { get; set; }
    public string? ChildFindsHard { get; set; }
    public string? ChildWants { get; set; }
    public string? CareContext { get; set; }
    public string? AttainmentNotes { get; set; }
    public string? EnglishProgress { get; set; }
    public string? MathsProgress { get; set; }
    public string? ScienceProgress { get; set; }
    public string? SupportAndInterventions { get; set; }
    public DateInput MeetingDate { get; set; } = new();
    public string? MeetingAttendees { get; set; }
}

/// <summary>A new SMART target.</summary>
public sealed class TargetInput
{
    public string? Description { get; set; }
    public string? WhoWillDoIt { get; set; }
    public DateInput ByWhen { get; set; } = new();
    public string? PupilPremiumRequested { get; set; }
}

/// <summary>
/// Writes a draft or returned PEP. Saving a draft never validates, so half-written text is kept; the page's script
/// autosaves through <see cref="OnPostAutosaveAsync"/> as people type.
/// </summary>
[EducationRecord]
[EditsChildRecord]
public sealed class EditModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public PepInput Input { get; set; } = new();
    [BindProperty] public TargetInput Target { get; set; } = new();
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public PersonalEducationPlan Pep { get; private set; } = null!;
    public AttendanceSummary Attendance { get; private set; } = AttendanceSummary.From([]);
    public SenProvision? Sen { get; private set; }

    public static readonly IReadOnlyList<(string Value, string Text)> ProgressOptions =
    [
        (nameof(ProgressAgainstExpected.WorkingTowards), "Working towards expected"),
        (nameof(ProgressAgainstExpected.AtExpected), "At expected"),
        (nameof(ProgressAgainstExpected.AboveExpected), "Above expected"),
    ];

    public async Task<IActionResult> OnGetAsync(int childId, int pepId, CancellationToken ct)
    {
        if (await LoadAsync(childId, pepId, ct) is { } refused) return refused;
        Input = new PepInput
        {
            ChildLikes = Pep.ChildLikes, ChildFindsHard = Pep.ChildFindsHard, ChildWants = Pep.ChildWants, CareContext = Pep.CareContext,
            AttainmentNotes = Pep.AttainmentNotes, EnglishProgress = Name(Pep.EnglishProgress), MathsProgress = Name(Pep.MathsProgress),
            ScienceProgress = Name(Pep.ScienceProgress), SupportAndInterventions = Pep.SupportAndInterventions,
            MeetingDate = DateInput.From(Pep.MeetingDate), MeetingAttendees = Pep.MeetingAttendees,
        };
        return Page();
    }

    /// <summary>Save draft: keeps whatever is typed; a meeting date that is not a real date is the only thing refused.</summary>
    public async Task<IActionResult> OnPostAsync(int childId, int pepId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(childId, pepId, ct) is { } refused) return refused;
        var meeting = Input.MeetingDate.IsEmpty ? null : Input.MeetingDate.Validate(ModelState, "Input.MeetingDate", "date of the PEP meeting");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Apply(meeting, keepMeetingDate: false);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("pep.save", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/peps/{pepId}");
    }

    /// <summary>Autosave from the page's script: saves the text without validating and answers with the time saved.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int childId, int pepId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(childId, pepId, ct) is { } refused) return refused is NotFoundResult ? refused : new ConflictObjectResult(new { message = "This PEP can no longer be changed" });
        var meeting = Input.MeetingDate.IsEmpty ? null : Input.MeetingDate.Validate(new(), "Input.MeetingDate", "date of the PEP meeting");
        Apply(meeting, keepMeetingDate: meeting is null && !Input.MeetingDate.IsEmpty);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("pep.autosave", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return new JsonResult(new { savedAt = clock.GetLocalNow().ToString("HH:mm", CultureInfo.InvariantCulture) });
    }

    public async Task<IActionResult> OnPostAddTargetAsync(int childId, int pepId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(childId, pepId, ct) is { } refused) return refused;
        const string prefix = nameof(Target) + ".";
        if (string.IsNullOrWhiteSpace(Target.Description)) ModelState.AddModelError(prefix + nameof(TargetInput.Description), "Enter what the target is");
        else if (Target.Description.Length > 1000) ModelState.AddModelError(prefix + nameof(TargetInput.Description), "The target must be 1,000 characters or fewer");
        if (string.IsNullOrWhiteSpace(Target.WhoWillDoIt)) ModelState.AddModelError(prefix + nameof(TargetInput.WhoWillDoIt), "Enter who will do it");
        else if (Target.WhoWillDoIt.Length > 200) ModelState.AddModelError(prefix + nameof(TargetInput.WhoWillDoIt), "Who will do it must be 200 characters or fewer");
        var byWhen = Target.ByWhen.Validate(ModelState, prefix + nameof(TargetInput.ByWhen), "date the target is to be met by");
        decimal? pounds = null;
        if (!string.IsNullOrWhiteSpace(Target.PupilPremiumRequested))
        {
            if (decimal.TryParse(Target.PupilPremiumRequested.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.GetCultureInfo("en-GB"), out var p) && p > 0 && p <= 10000)
                pounds = Math.Round(p, 2);
            else ModelState.AddModelError(prefix + nameof(TargetInput.PupilPremiumRequested), "Pupil Premium Plus requested must be an amount in pounds from £1 to £10,000, like 250");
        }
        if (!ModelState.IsValid)
        {
            Input = InputFromPep();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Pep.Targets.Add(new PepTarget { Description = Target.Description!.Trim(), WhoWillDoIt = Target.WhoWillDoIt!.Trim(), ByWhen = byWhen, PupilPremiumRequested = pounds });
        Pep.TargetsChangedBy = User.UserName();
        Pep.TargetsChangedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("pep.target.add", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/peps/{pepId}/edit#targets");
    }

    public async Task<IActionResult> OnPostRemoveTargetAsync(int childId, int pepId, int targetId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(childId, pepId, ct) is { } refused) return refused;
        if (Pep.Targets.FirstOrDefault(t => t.Id == targetId) is not { } target) return NotFound();
        Pep.Targets.Remove(target);
        Pep.TargetsChangedBy = User.UserName();
        Pep.TargetsChangedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("pep.target.remove", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/peps/{pepId}/edit#targets");
    }

    private PepInput InputFromPep() => new()
    {
        ChildLikes = Pep.ChildLikes, ChildFindsHard = Pep.ChildFindsHard, ChildWants = Pep.ChildWants, CareContext = Pep.CareContext,
        AttainmentNotes = Pep.AttainmentNotes, EnglishProgress = Name(Pep.EnglishProgress), MathsProgress = Name(Pep.MathsProgress),
        ScienceProgress = Name(Pep.ScienceProgress), SupportAndInterventions = Pep.SupportAndInterventions,
        MeetingDate = DateInput.From(Pep.MeetingDate), MeetingAttendees = Pep.MeetingAttendees,
    };

    private static string? Name(ProgressAgainstExpected p) => p == ProgressAgainstExpected.NotRecorded ? null : p.ToString();

    private static ProgressAgainstExpected Progress(string? value) =>
        Enum.TryParse<ProgressAgainstExpected>(value, out var p) && Enum.IsDefined(p) && !int.TryParse(value, out _) ? p : ProgressAgainstExpected.NotRecorded;

    private static string? Clean(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > max ? t[..max] : text.Trim();

    /// <summary>Copies the typed sections onto the PEP, noting who changed each section that changed.</summary>
    private void Apply(DateOnly? meeting, bool keepMeetingDate)
    {
        var who = User.UserName();
        var now = clock.GetUtcNow().UtcDateTime;
        var p = Pep;
        var voice = (Clean(Input.ChildLikes, 4000), Clean(Input.ChildFindsHard, 4000), Clean(Input.ChildWants, 4000), Clean(Input.CareContext, 4000));
        if (voice != (p.ChildLikes, p.ChildFindsHard, p.ChildWants, p.CareContext))
        {
            (p.ChildLikes, p.ChildFindsHard, p.ChildWants, p.CareContext) = voice;
            (p.VoiceChangedBy, p.VoiceChangedAt) = (who, now);
        }
        var attainment = (Clean(Input.AttainmentNotes, 4000), Progress(Input.EnglishProgress), Progress(Input.MathsProgress), Progress(Input.ScienceProgress));
        if (attainment != (p.AttainmentNotes, p.EnglishProgress, p.MathsProgress, p.ScienceProgress))
        {
            (p.AttainmentNotes, p.EnglishProgress, p.MathsProgress, p.ScienceProgress) = attainment;
            (p.AttainmentChangedBy, p.AttainmentChangedAt) = (who, now);
        }
        var support = Clean(Input.SupportAndInterventions, 4000);
        if (support != p.SupportAndInterventions)
        {
            p.SupportAndInterventions = support;
            (p.SupportChangedBy, p.SupportChangedAt) = (who, now);
        }
        var meetingDate = keepMeetingDate ? p.MeetingDate : meeting;
        var attendees = Clean(Input.MeetingAttendees, 1000);
        if ((meetingDate, attendees) != (p.MeetingDate, p.MeetingAttendees))
        {
            (p.MeetingDate, p.MeetingAttendees) = (meetingDate, attendees);
            (p.MeetingChangedBy, p.MeetingChangedAt) = (who, now);
        }
    }

    /// <summary>Null when the PEP is found and may be written; otherwise the answer to give.</summary>
    private async Task<IActionResult?> LoadAsync(int childId, int pepId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        if (await PepData.FindAsync(db, childId, pepId, ct) is not { } pep) return Redirect($"/children/{childId}/education/peps");
        ChildId = childId;
        ChildName = name;
        Pep = pep;
        if (!pep.IsEditable) return Redirect($"/children/{childId}/education/peps/{pepId}");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Attendance = await PepData.AttendanceAsync(db, childId, pep, today, ct);
        Sen = await PepData.SenAsync(db, childId, today, ct);
        return null;
    }
}
