using CoParent.Core.Audit;
using CoParent.Core.Identity;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Identity;

/// <summary>The child's religion (the census choices) and first language. Child.Version keeps two savers from undoing each other.</summary>
[EditsChildRecord]
public sealed class DetailsModel(CoParentDbContext db, AuditLog audit) : PageModel
{
    public const int LanguageMaxLength = 60;

    public sealed class DetailsInput
    {
        public string? Religion { get; set; }
        public string? FirstLanguage { get; set; }
    }

    [BindProperty] public DetailsInput Input { get; set; } = new();
    [BindProperty] public Guid Version { get; set; }
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null) return NotFound();
        (ChildId, ChildName, Version) = (childId, child.DisplayName, child.Version);
        Input = new DetailsInput { Religion = Religions.Canonical(child.Religion), FirstLanguage = child.FirstLanguage };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        var child = await db.Children.SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null) return NotFound();
        (ChildId, ChildName) = (childId, child.DisplayName);

        var religion = Religions.Canonical(Input.Religion);
        if (religion is null || !Religions.Choices.Contains(religion))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(DetailsInput.Religion)}", "Select the child's religion, or that they prefer not to say");
        var language = Choices.Clean(Input.FirstLanguage);
        if (language is { Length: > LanguageMaxLength })
            ModelState.AddModelError($"{nameof(Input)}.{nameof(DetailsInput.FirstLanguage)}", $"The first language must be {LanguageMaxLength} characters or fewer");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        child.Religion = religion;
        child.FirstLanguage = language;
        if (child.Version != Version || !await db.SaveIfUnchangedAsync(child, Version, ct))
        {
            ModelState.AddModelError("", EditChildModel.ConflictMessage);
            db.ChangeTracker.Clear();
            var current = await db.Children.AsNoTracking().SingleAsync(c => c.Id == childId, ct);
            Version = current.Version;
            Input = new DetailsInput { Religion = Religions.Canonical(current.Religion), FirstLanguage = current.FirstLanguage };
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        await audit.RecordAsync("identity.details", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/identity");
    }
}
