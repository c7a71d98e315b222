using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Peps;

/// <summary>Starts this term's PEP, carrying forward the targets of the child's latest approved PEP.</summary>
[EducationRecord]
[EditsChildRecord]
public sealed class NewModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public string TermLabel { get; private set; } = "";
    public int? ExistingPepId { get; private set; }
    public int TargetsCarried { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct) =>
        await LoadAsync(childId, ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is not { } previous) return NotFound();
        if (ExistingPepId is { } existing) return Redirect($"/children/{childId}/education/peps/{existing}/edit");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var (year, term) = PepWorkflow.TermOf(today);
        var deadline = (await PepData.DeadlinesAsync(db, ct)).First(d => d.Term == term).In(year);
        var pep = PepWorkflow.NextTerm(childId, year, term, deadline, previous.Pep, clock.GetUtcNow().UtcDateTime);
        db.PersonalEducationPlans.Add(pep);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("pep.start", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/peps/{pep.Id}/edit");
    }

    private sealed record Previous(PersonalEducationPlan? Pep);

    private async Task<Previous?> LoadAsync(int childId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return null;
        ChildId = childId;
        ChildName = name;
        var (year, term) = PepWorkflow.TermOf(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        TermLabel = PepText.Term(year, term);
        ExistingPepId = await db.PersonalEducationPlans.Where(p => p.ChildId == childId && p.AcademicYear == year && p.Term == term && p.Status != PepStatus.Approved)
            .Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        var previous = await db.PersonalEducationPlans.AsNoTracking().Include(p => p.Targets)
            .Where(p => p.ChildId == childId && p.Status == PepStatus.Approved)
            .OrderByDescending(p => p.AcademicYear).ThenByDescending(p => p.Term).FirstOrDefaultAsync(ct);
        TargetsCarried = previous?.Targets.Count ?? 0;
        return new Previous(previous);
    }
}
