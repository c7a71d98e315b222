using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Peps;

/// <summary>A PEP as it stands, every section, with what can be done next.</summary>
[EducationRecord]
public sealed class ViewModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public PersonalEducationPlan Pep { get; private set; } = null!;
    public AttendanceSummary Attendance { get; private set; } = AttendanceSummary.From([]);
    public SenProvision? Sen { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanAssure { get; private set; }

    /// <summary>Whether the user may record targets' outcomes: an approved (locked) PEP, by those who may edit the child's education record.</summary>
    public bool CanRecordOutcomes { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, int pepId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        if (await PepData.FindAsync(db, childId, pepId, ct) is not { } pep) return Redirect($"/children/{childId}/education/peps");
        (ChildId, ChildName, Pep) = (childId, name, pep);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Attendance = await PepData.AttendanceAsync(db, childId, pep, today, ct);
        Sen = await PepData.SenAsync(db, childId, today, ct);
        CanEdit = pep.IsEditable && await access.CanEditEducationAsync(User, childId, ct);
        CanRecordOutcomes = pep.Status == PepStatus.Approved && await access.CanEditEducationAsync(User, childId, ct);
        CanAssure = pep.Status == PepStatus.Submitted && PepText.IsVirtualSchool(User);
        return Page();
    }
}
