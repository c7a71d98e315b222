using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Exclusions;

/// <summary>Corrects time missing education entered wrongly; checked as the add page checks it.</summary>
[EducationRecord]
[EditsChildRecord]
public sealed class EditMissingEducationModel(CoParentDbContext db, AuditLog audit) : PageModel
{
    [BindProperty] public MissingEducationInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int childId, int recordId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        if (await FindAsync(childId, recordId, ct) is not { } stored) return Redirect($"/children/{childId}/education/exclusions");
        ChildName = name;
        Input = MissingEducationInput.Of(stored);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, int recordId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        if (await FindAsync(childId, recordId, ct) is not { } stored) return Redirect($"/children/{childId}/education/exclusions");
        ChildName = name;
        if (Input.Build(childId, ModelState) is not { } corrected)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        corrected.Id = stored.Id;
        db.Entry(stored).CurrentValues.SetValues(corrected);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("education.missing-education.correct", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/exclusions");
    }

    private Task<MissingEducationEpisode?> FindAsync(int childId, int recordId, CancellationToken ct) =>
        db.MissingEducationEpisodes.SingleOrDefaultAsync(x => x.Id == recordId && x.ChildId == childId, ct);
}
