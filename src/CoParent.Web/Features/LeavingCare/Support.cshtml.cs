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

/// <summary>Contact, parenthood and Co-Grandparent support, council-tax exemption and the guaranteed interview.</summary>
[EditsChildRecord]
public sealed class SupportModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class SupportInput
    {
        public string? InTouch { get; set; }
        public string? IsParent { get; set; }
        public string? ChildrenAges { get; set; }
        public DateInput CoGrandparentOffered { get; set; } = new();
        public DateInput CoGrandparentAccepted { get; set; } = new();
        public DateInput CouncilTaxExemptFrom { get; set; } = new();
        public DateInput CouncilTaxExemptTo { get; set; } = new();
        public DateInput GuaranteedInterviewOffered { get; set; } = new();
        public DateInput GuaranteedInterviewUsed { get; set; } = new();
    }

    [BindProperty] public SupportInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }

    public static IReadOnlyList<(string Value, string Text)> InTouchChoices { get; } = CareLeaverCodes.InTouch.Select(t => (t.Code, t.Meaning)).ToList();

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is null) return NotFound();
        var s = await db.CareLeaverSupport.AsNoTracking().SingleOrDefaultAsync(x => x.ChildId == childId, ct);
        Input = new SupportInput
        {
            InTouch = s?.InTouch ?? "YES",
            IsParent = LeavingCareForm.ShowYesNo(s?.IsParent),
            ChildrenAges = s?.ChildrenAges,
            CoGrandparentOffered = DateInput.From(s?.CoGrandparentOffered),
            CoGrandparentAccepted = DateInput.From(s?.CoGrandparentAccepted),
            CouncilTaxExemptFrom = DateInput.From(s?.CouncilTaxExemptFrom),
            CouncilTaxExemptTo = DateInput.From(s?.CouncilTaxExemptTo),
            GuaranteedInterviewOffered = DateInput.From(s?.GuaranteedInterviewOffered),
            GuaranteedInterviewUsed = DateInput.From(s?.GuaranteedInterviewUsed),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(childId, ct) is not { } dob) return NotFound();
        var today = Today;
        var errors = new List<LeavingCareChanges.Error>();

        var inTouch = Choices.Clean(Input.InTouch)?.ToUpperInvariant();
        if (inTouch is null || CareLeaverCodes.InTouch.All(t => t.Code != inTouch))
            errors.Add(new(nameof(SupportInput.InTouch), "Select whether they are in touch"));
        var isParent = LeavingCareForm.ParseYesNo(Input.IsParent);
        if (isParent is null) errors.Add(new(nameof(SupportInput.IsParent), "Select yes if they are a parent"));
        var ages = Choices.Clean(Input.ChildrenAges);
        if (ages is { Length: > 100 }) errors.Add(new(nameof(SupportInput.ChildrenAges), "Children's ages must be 100 characters or fewer"));

        DateOnly? Date(DateInput input, string field, string what)
        {
            var date = input.Validate(ModelState, $"Input.{field}", what, required: false);
            if (date is { } d) LeavingCareChanges.CheckDate(errors, field, d, dob, today, char.ToUpperInvariant(what[0]) + what[1..]);
            return date;
        }
        var offered = Date(Input.CoGrandparentOffered, nameof(SupportInput.CoGrandparentOffered), "the date Co-Grandparent support was offered");
        var accepted = Date(Input.CoGrandparentAccepted, nameof(SupportInput.CoGrandparentAccepted), "the date Co-Grandparent support was accepted");
        var taxFrom = Date(Input.CouncilTaxExemptFrom, nameof(SupportInput.CouncilTaxExemptFrom), "the date the council tax exemption starts");
        var taxTo = Input.CouncilTaxExemptTo.Validate(ModelState, "Input.CouncilTaxExemptTo", "the date the council tax exemption ends", required: false);
        var interview = Date(Input.GuaranteedInterviewOffered, nameof(SupportInput.GuaranteedInterviewOffered), "the date a guaranteed interview was offered");
        var used = Date(Input.GuaranteedInterviewUsed, nameof(SupportInput.GuaranteedInterviewUsed), "the date the guaranteed interview was used");

        if (accepted is not null && offered is null)
            errors.Add(new(nameof(SupportInput.CoGrandparentOffered), "Enter the date Co-Grandparent support was offered"));
        else if (accepted < offered)
            errors.Add(new(nameof(SupportInput.CoGrandparentAccepted), "The date support was accepted must be on or after the date it was offered"));
        if (taxTo is not null && taxFrom is null)
            errors.Add(new(nameof(SupportInput.CouncilTaxExemptFrom), "Enter the date the council tax exemption starts"));
        else if (taxTo < taxFrom)
            errors.Add(new(nameof(SupportInput.CouncilTaxExemptTo), "The date the exemption ends must be after the date it starts"));
        if (used is not null && interview is null)
            errors.Add(new(nameof(SupportInput.GuaranteedInterviewOffered), "Enter the date a guaranteed interview was offered"));
        else if (used < interview)
            errors.Add(new(nameof(SupportInput.GuaranteedInterviewUsed), "The date the interview was used must be on or after the date it was offered"));

        LeavingCareForm.AddErrors(ModelState, "Input", errors);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var support = await db.CareLeaverSupport.SingleOrDefaultAsync(x => x.ChildId == childId, ct);
        if (support is null)
        {
            support = new CareLeaverSupport { ChildId = childId };
            db.CareLeaverSupport.Add(support);
        }
        support.InTouch = inTouch!;
        support.IsParent = isParent!.Value;
        support.ChildrenAges = isParent == true ? ages : null;
        support.CoGrandparentOffered = offered;
        support.CoGrandparentAccepted = accepted;
        support.CouncilTaxExemptFrom = taxFrom;
        support.CouncilTaxExemptTo = taxTo;
        support.GuaranteedInterviewOffered = interview;
        support.GuaranteedInterviewUsed = used;
        await db.SaveChangesAsync(ct);
        // Being in touch or not changes what the return says around each birthday.
        await CareLeaverYears.WriteThroughAsync(db, childId, today, ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("leaving-care.support", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/leaving-care#support");
    }

    private async Task<DateOnly?> LoadAsync(int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null) return null;
        ChildId = childId;
        ChildName = child.DisplayName;
        return child.DateOfBirth;
    }
}
