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

/// <summary>
/// Correcting an exclusion, part-time timetable or time missing education entered wrongly: the form is filled from the
/// record, checked as the add page checks it, and saved over the record with an audit row. The record is found by its id
/// AND the child in the route (see <see cref="Corrections"/>), so another child's record can never be reached this way.
/// </summary>
[EducationRecord]
[EditsChildRecord]
public abstract class CorrectRecordModel<TRecord, TInput>(CoParentDbContext db, AuditLog audit) : PageModel
    where TRecord : class
    where TInput : class, new()
{
    [BindProperty] public TInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";

    protected CoParentDbContext Db => db;

    protected abstract ExclusionRecordKind Kind { get; }

    protected abstract Task<TRecord?> FindAsync(int childId, int recordId, CancellationToken ct);

    protected abstract TInput InputOf(TRecord stored);

    /// <summary>The record as entered, or null with each problem in ModelState under Input.(field).</summary>
    protected abstract TRecord? Build(int childId);

    /// <summary>Saves the corrected values over the stored record, keeping its id.</summary>
    protected virtual async Task SaveAsync(TRecord stored, TRecord corrected, CancellationToken ct)
    {
        var entry = db.Entry(stored);
        var values = entry.CurrentValues.Clone();
        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => (p.Name, Value: values[p.Name])).ToList();
        values.SetValues(corrected);
        foreach (var (name, value) in key) values[name] = value;
        entry.CurrentValues.SetValues(values);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IActionResult> OnGetAsync(int childId, int recordId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        if (await FindAsync(childId, recordId, ct) is not { } stored) return Back(childId);
        ChildName = name;
        Input = InputOf(stored);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, int recordId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        if (await FindAsync(childId, recordId, ct) is not { } stored) return Back(childId);
        ChildName = name;
        if (Build(childId) is not { } corrected)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await SaveAsync(stored, corrected, ct);
        await audit.RecordAsync(Corrections.AuditAction(Kind, "correct"), AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Back(childId);
    }

    private RedirectResult Back(int childId) => Redirect($"/children/{childId}/education/exclusions");
}
