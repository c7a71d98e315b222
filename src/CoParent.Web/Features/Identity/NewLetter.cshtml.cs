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

/// <summary>Records a later life letter: when it was written, by whom, and when it was given to the child or their carers.</summary>
[EditsChildRecord]
public sealed class NewLetterModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class LetterInput
    {
        public DateInput Written { get; set; } = new();
        public string? WrittenBy { get; set; }
        public DateInput Given { get; set; } = new();
        public string? GivenTo { get; set; }
    }

    [BindProperty] public LetterInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }

    public static IReadOnlyList<(string Value, string Text)> Recipients =>
        [.. LaterLifeLetter.Recipients.Select(r => (r, r)), ("", "Not given yet")];

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (await LifePlanModel.ChildAsync(db, childId, ct) is not { } child) return NotFound();
        (ChildId, ChildName) = (childId, child.Name);
        Input.WrittenBy = User.DisplayName();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LifePlanModel.ChildAsync(db, childId, ct) is not { } child) return NotFound();
        (ChildId, ChildName) = (childId, child.Name);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var written = Input.Written.Validate(ModelState, $"{nameof(Input)}.{nameof(LetterInput.Written)}", "the date the letter was written");
        var given = Input.Given.Validate(ModelState, $"{nameof(Input)}.{nameof(LetterInput.Given)}", "the date the letter was given", required: false);
        var letter = new LaterLifeLetter
        {
            ChildId = childId, Written = written ?? today, WrittenBy = Choices.Clean(Input.WrittenBy) ?? "", Given = given,
            GivenTo = LaterLifeLetter.Recipients.FirstOrDefault(r => r.Equals(Input.GivenTo?.Trim(), StringComparison.OrdinalIgnoreCase)),
        };
        if (!string.IsNullOrWhiteSpace(Input.GivenTo) && letter.GivenTo is null)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(LetterInput.GivenTo)}", "Select who the letter was given to");
        IdentityForms.AddErrors(ModelState, LifeStoryRules.Check(letter, child.DateOfBirth, today)
            .Where(e => e.Field != nameof(LaterLifeLetter.Written) || written is not null));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.LaterLifeLetters.Add(letter);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("identity.later-life-letter", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/identity");
    }
}
