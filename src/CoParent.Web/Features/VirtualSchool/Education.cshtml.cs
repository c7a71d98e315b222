using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.VirtualSchool;

/// <summary>The Education section of a child's record; the Virtual School's other pages hang off it.</summary>
[EducationRecord]
public sealed class EducationModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public EducationSection.View View { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public int ChildId => View.ChildId;
    public string ChildName => View.ChildName;

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var view = await EducationSection.LoadAsync(db, childId, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        if (view is null) return NotFound();
        View = view;
        CanEdit = await access.CanEditEducationAsync(User, childId, ct);
        return Page();
    }

    public static readonly IReadOnlyList<(string Path, string Title, string Description)> SubPages =
    [
        ("attendance", "Attendance", "Sessions attended and missed this year, persistent and severe absence"),
        ("exclusions", "Exclusions and part-time timetables", "Suspensions, permanent exclusions and reduced timetables"),
        ("peps", "Personal education plans", "The termly PEP, its targets and quality assurance"),
        ("pupil-premium", "Pupil Premium Plus", "Funding asked for against PEP targets and what it paid for"),
        ("attainment", "Attainment", "Early years, phonics, key stage and GCSE results"),
    ];
}
