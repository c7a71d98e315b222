using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Peps;

/// <summary>The Virtual School's termly PEP deadlines; only the Virtual School Head changes them.</summary>
public sealed class DeadlinesModel(CoParentDbContext db, AuditLog audit) : PageModel
{
    public sealed class DeadlineInput
    {
        public string? Day { get; set; }
        public string? Month { get; set; }
    }

    [BindProperty] public Dictionary<string, DeadlineInput> Input { get; set; } = [];
    public IReadOnlyList<PepDeadline> Deadlines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.VirtualSchoolHead)) return StatusCode(StatusCodes.Status403Forbidden);
        Deadlines = await PepData.DeadlinesAsync(db, ct);
        Input = Deadlines.ToDictionary(d => d.Term.ToString(), d => new DeadlineInput { Day = d.Day.ToString(), Month = d.Month.ToString() });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.VirtualSchoolHead)) return StatusCode(StatusCodes.Status403Forbidden);
        ModelState.Clear();
        Deadlines = await PepData.DeadlinesAsync(db, ct);
        var chosen = new Dictionary<SchoolTerm, (int Day, int Month)>();
        foreach (var term in Enum.GetValues<SchoolTerm>())
        {
            var key = $"Input[{term}].Day";
            var input = Input.GetValueOrDefault(term.ToString()) ?? new DeadlineInput();
            // February has 28 days in most years; the deadline is moved back in a year without the day asked for.
            if (int.TryParse(input.Day, out var day) && int.TryParse(input.Month, out var month) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2025, month))
                chosen[term] = (day, month);
            else ModelState.AddModelError(key, $"The {term.ToString().ToLowerInvariant()} term deadline must be a real day and month, like 31 10");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var stored = await db.PepDeadlines.ToListAsync(ct);
        foreach (var (term, (day, month)) in chosen)
        {
            var row = stored.FirstOrDefault(d => d.Term == term);
            if (row is null) db.PepDeadlines.Add(row = new PepDeadline { Term = term });
            (row.Day, row.Month) = (day, month);
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("pep.deadlines", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"POST {Request.Path}", ct);
        return Redirect("/peps/deadlines");
    }
}
