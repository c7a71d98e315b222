using CoParent.Core.Audit;
using CoParent.Core.Children;
using CoParent.Core.Family;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Family;

/// <summary>Records a new family time arrangement: who, how often, how, and whether it is supervised.</summary>
[EditsChildRecord]
public sealed class AddFamilyTimeModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class FamilyTimeForm
    {
        public string? WithName { get; set; }
        public string? Relationship { get; set; }
        public string? Frequency { get; set; }
        public string? Method { get; set; }
        public string? Supervised { get; set; }
        public string? SupervisedBy { get; set; }
        public DateInput From { get; set; } = new();
        public DateInput To { get; set; } = new();
        public string? ChildsView { get; set; }
    }

    [BindProperty] public FamilyTimeForm Input { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct) =>
        await LoadChildAsync(childId, ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        var child = await LoadChildAsync(childId, ct);
        if (child is null) return NotFound();

        var from = Input.From.Validate(ModelState, "Input.From", "the date family time started", required: false);
        var to = Input.To.Validate(ModelState, "Input.To", "the date family time ends", required: false);
        var supervised = Input.Supervised switch { "yes" => true, "no" => (bool?)false, _ => null };
        var fields = new FamilyTimeFields(Input.WithName, Input.Relationship, Input.Frequency, Input.Method, supervised, Input.SupervisedBy,
            from, to, Input.ChildsView);
        var (arrangement, errors) = fields.Check(childId, child.Value.DateOfBirth, clock.GetUtcNow().UtcDateTime);
        foreach (var (field, message) in errors)
        {
            var key = "Input." + field;
            if (ModelState[key]?.Errors.Count is null or 0) ModelState.AddModelError(key, message);
        }
        if (!ModelState.IsValid || arrangement is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.FamilyTimeArrangements.Add(arrangement);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("family.time.add", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/family#family-time");
    }

    private async Task<(string Name, DateOnly DateOfBirth)?> LoadChildAsync(int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.GivenName, c.FamilyName, c.PreferredName, c.PersonId, c.DateOfBirth }).SingleOrDefaultAsync(ct);
        if (child is null) return null;
        ChildId = childId;
        ChildName = Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId);
        return (ChildName, child.DateOfBirth);
    }

    public static IReadOnlyList<(string Value, string Text)> Options<T>(IReadOnlyList<(T Value, string Text)> list) where T : struct, Enum =>
        list.Select(o => (o.Value.ToString(), o.Text)).ToList();

    public static readonly IReadOnlyList<(string Value, string Text)> YesNo = [("yes", "Yes"), ("no", "No")];
}
