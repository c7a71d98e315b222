using CoParent.Core.Audit;
using CoParent.Core.CareLeavers;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.LeavingCare;

/// <summary>Records what a young person is doing now: education, employment, training, or not, and why.</summary>
[EditsChildRecord]
public sealed class RecordStatusModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class StatusInput
    {
        public DateInput From { get; set; } = new();
        public string? Activity { get; set; }
        public string? ActivelySeekingWork { get; set; }
        public string? EmployedByCouncil { get; set; }
    }

    [BindProperty] public StatusInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }

    public static IReadOnlyList<(string Value, string Text)> Activities { get; } =
        CareLeaverCodes.Activities.Select(a => (a.Code, a.Meaning)).ToList();

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, ct)) return NotFound();
        Input.From = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        var dob = await db.Children.Where(c => c.Id == childId).Select(c => (DateOnly?)c.DateOfBirth).SingleOrDefaultAsync(ct);
        if (dob is null || !await LoadAsync(childId, ct)) return NotFound();

        var from = Input.From.Validate(ModelState, "Input.From", "the date the status started");
        var input = new LeavingCareChanges.NewStatus(from, Input.Activity,
            LeavingCareForm.ParseYesNo(Input.ActivelySeekingWork), LeavingCareForm.ParseYesNo(Input.EmployedByCouncil));
        LeavingCareForm.AddErrors(ModelState, "Input", LeavingCareChanges.Check(input, dob.Value, Today));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await LeavingCareChanges.AddStatusAsync(db, childId, input, Today, ct);
        await audit.RecordAsync("leaving-care.eet", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/leaving-care#eet");
    }

    private async Task<bool> LoadAsync(int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null) return false;
        ChildId = childId;
        ChildName = child.DisplayName;
        return true;
    }
}
