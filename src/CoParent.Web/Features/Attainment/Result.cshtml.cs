using System.Globalization;
using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Attainment;

/// <summary>What the statutory result form posts; yes/no answers are "yes" or "no", numbers as typed.</summary>
public sealed class ResultInput
{
    public string? AcademicYear { get; set; }
    public string? GoodLevelOfDevelopment { get; set; }
    public string? PhonicsScore { get; set; }
    public string? Ks2ReadingExpected { get; set; }
    public string? Ks2WritingExpected { get; set; }
    public string? Ks2MathsExpected { get; set; }
    public string? Ks2HighStandard { get; set; }
    public string? Attainment8 { get; set; }
    public string? EnglishMathsGrade4 { get; set; }
    public string? EnglishMathsGrade5 { get; set; }
    public string? Progress8 { get; set; }
}

/// <summary>
/// Records one statutory result. The assessment is chosen first (<c>?assessment=KeyStage2</c>), so the form asks only
/// for that assessment's fields; a result for the same year and assessment corrects the one held.
/// </summary>
[EducationRecord]
[EditsChildRecord]
public sealed class ResultModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public ResultInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Assessment { get; set; }
    public StatutoryAssessment? Chosen { get; private set; }
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public IReadOnlyList<(string Value, string Text)> Years { get; private set; } = [];

    public static readonly IReadOnlyList<(string Value, string Text)> YesNo = [("yes", "Yes"), ("no", "No")];

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, ct)) return NotFound();
        // Results arrive in the summer: the year offered first is the latest to have ended.
        Input.AcademicYear = Years[0].Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(childId, ct)) return NotFound();
        if (Chosen is null) return Redirect($"/children/{childId}/education/attainment/result");
        const string prefix = nameof(Input) + ".";
        var result = new StatutoryResult
        {
            ChildId = childId,
            Assessment = Chosen.Value,
            GoodLevelOfDevelopment = Bool(Input.GoodLevelOfDevelopment),
            Ks2ReadingExpected = Bool(Input.Ks2ReadingExpected),
            Ks2WritingExpected = Bool(Input.Ks2WritingExpected),
            Ks2MathsExpected = Bool(Input.Ks2MathsExpected),
            Ks2HighStandard = Bool(Input.Ks2HighStandard),
            EnglishMathsGrade4 = Bool(Input.EnglishMathsGrade4),
            EnglishMathsGrade5 = Bool(Input.EnglishMathsGrade5),
            RecordedBy = User.UserName() ?? "",
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (Years.Any(y => y.Value == Input.AcademicYear)) result.AcademicYear = int.Parse(Input.AcademicYear!, CultureInfo.InvariantCulture);
        else ModelState.AddModelError(prefix + nameof(ResultInput.AcademicYear), "Select the academic year the assessment was taken in");
        if (!string.IsNullOrWhiteSpace(Input.PhonicsScore))
        {
            if (int.TryParse(Input.PhonicsScore.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var mark)) result.PhonicsScore = mark;
            else ModelState.AddModelError(prefix + nameof(ResultInput.PhonicsScore), "The phonics mark must be a whole number from 0 to 40");
        }
        result.Attainment8 = Number(Input.Attainment8, prefix + nameof(ResultInput.Attainment8), "The Attainment 8 score must be a number from 0 to 90, like 19.5");
        result.Progress8 = Number(Input.Progress8, prefix + nameof(ResultInput.Progress8), "Progress 8 must be a number, like -1.25");
        foreach (var (key, message) in result.Validate())
        {
            if (ModelState[prefix + key]?.Errors.Count is not > 0) ModelState.AddModelError(prefix + key, message);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await AttainmentData.SaveResultAsync(db, result, ct);
        await audit.RecordAsync("attainment.result.add", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/attainment");
    }

    private static bool? Bool(string? value) => value switch { "yes" => true, "no" => false, _ => null };

    private decimal? Number(string? value, string key, string message)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return number;
        ModelState.AddModelError(key, message);
        return null;
    }

    private async Task<bool> LoadAsync(int childId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return false;
        ChildId = childId;
        ChildName = name;
        Chosen = Enum.TryParse<StatutoryAssessment>(Assessment, out var a) && Enum.IsDefined(a) && !int.TryParse(Assessment, out _) ? a : null;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var latestEnded = AttainmentMeasures.AcademicYearFor(new Core.Measures.MeasurePeriod(today, today));
        Years = [.. new[] { latestEnded + 1, latestEnded, latestEnded - 1 }.Select(y => (y.ToString(CultureInfo.InvariantCulture), SchoolYear.AcademicYearLabel(y)))
            .OrderBy(y => y.Item1 == latestEnded.ToString(CultureInfo.InvariantCulture) ? 0 : 1)];
        return true;
    }
}
