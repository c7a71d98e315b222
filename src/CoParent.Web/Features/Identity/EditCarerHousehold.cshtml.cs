using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Core.Identity;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Identity;

/// <summary>Adds a carers' household (no id) or corrects one (<c>?id=</c>): managers and team managers only.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.TeamManager}")]
public sealed class EditCarerHouseholdModel(CoParentDbContext db, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public HouseholdInput Input { get; set; } = new();

    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var household = await db.CarerHouseholds.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, ct);
            if (household is null) return Redirect("/carer-households");
            Input = HouseholdInput.From(household);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var household = Id is { } id ? await db.CarerHouseholds.SingleOrDefaultAsync(h => h.Id == id, ct) : new CarerHousehold();
        if (household is null) return Redirect("/carer-households");
        Input.ApplyTo(household, ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (household.Id == 0) db.CarerHouseholds.Add(household);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(IsNew ? "carer-household.add" : "carer-household.update", AuditOutcome.Allowed, User.Id(), User.UserName(), null,
            $"POST {Request.Path}", ct);
        return Redirect("/carer-households");
    }
}
