using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Attainment;

/// <summary>What the teacher assessment form posts: the term and a judgement per subject ("" for not assessed).</summary>
public sealed class AssessmentInput
{
    public string? AcademicYear { get; set; }
    public string? Term { get; set; }
    public Dictionary<string, string?> Judgements { get; set; } = [];
}

/// <summary>Records a term's teacher assessments; the designated teacher and the Virtual School record them.</summary>
[EducationRecord]
[EditsChildRecord]
public sealed class AssessmentModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public AssessmentInput Input { get; set; } = new();
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";

    public IReadOnlyList<(string Value, string Text)> Years { get; private set; } = [];

    public static readonly IReadOnlyList<(string Value, string Text)> Judgements =
        [("", "Not assessed"), .. Enum.GetValues<TeacherJudgement>().Select(j => (j.ToString(), TeacherAssessment.Describe(j)))];

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, ct)) return NotFound();
        var (year, term) = TeacherAssessment.TermOf(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        Input.AcademicYear = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Input.Term = term.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(childId, ct)) return NotFound();
        const string prefix = nameof(Input) + ".";
        int? year = Years.Any(y => y.Value == Input.AcademicYear) ? int.Parse(Input.AcademicYear!, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (year is null) ModelState.AddModelError(prefix + nameof(AssessmentInput.AcademicYear), "Select the academic year of the assessments");
        SchoolTerm? term = Enum.TryParse<SchoolTerm>(Input.Term, out var t) && Enum.IsDefined(t) && !int.TryParse(Input.Term, out _) ? t : null;
        if (term is null) ModelState.AddModelError(prefix + nameof(AssessmentInput.Term), "Select the term of the assessments");
        var judged = new Dictionary<AssessmentSubject, TeacherJudgement>();
        foreach (var subject in Enum.GetValues<AssessmentSubject>())
        {
            var value = Input.Judgements.GetValueOrDefault(subject.ToString());
            if (string.IsNullOrEmpty(value)) continue;
            if (Enum.TryParse<TeacherJudgement>(value, out var j) && Enum.IsDefined(j) && !int.TryParse(value, out _)) judged[subject] = j;
            else ModelState.AddModelError(JudgementKey(subject), $"Select a judgement for {subject.ToString().ToLowerInvariant()} from the list");
        }
        if (judged.Count == 0 && ModelState.IsValid)
        {
            ModelState.AddModelError(JudgementKey(AssessmentSubject.Reading), "Select a judgement for at least one subject");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await AttainmentData.SaveAssessmentsAsync(db, childId, year!.Value, term!.Value, judged, User.UserName() ?? "", clock.GetUtcNow().UtcDateTime, ct);
        await audit.RecordAsync("attainment.assessment.add", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/attainment");
    }

    public static string JudgementKey(AssessmentSubject subject) => $"{nameof(Input)}.{nameof(AssessmentInput.Judgements)}[{subject}]";

    private async Task<bool> LoadAsync(int childId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return false;
        ChildId = childId;
        ChildName = name;
        var current = SchoolYear.AcademicYearStarting(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        Years = [.. new[] { current, current - 1 }.Select(y => (y.ToString(System.Globalization.CultureInfo.InvariantCulture), SchoolYear.AcademicYearLabel(y)))];
        return true;
    }
}
