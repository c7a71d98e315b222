using CoParent.Core.Audit;
using CoParent.Core.CareLeavers;
using CoParent.Core.Children;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.LeavingCare;

/// <summary>Records where a young person lives now and whether it is suitable (SSDA903 ACCOM: type and suitability).</summary>
[EditsChildRecord]
public sealed class RecordAccommodationModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class AccommodationInput
    {
        public DateInput From { get; set; } = new();
        public string? Type { get; set; }
        public string? Suitable { get; set; }
        public string? Postcode { get; set; }
    }

    [BindProperty] public AccommodationInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }

    public static IReadOnlyList<(string Value, string Text)> Types { get; } =
        [("", "Select"), .. CareLeaverCodes.AccommodationTypes.Select(t => (t.Letter, t.Meaning))];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is null) return NotFound();
        Input.From = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(childId, ct) is not { } dob) return NotFound();
        var today = Today;
        var errors = new List<LeavingCareChanges.Error>();
        var from = Input.From.Validate(ModelState, "Input.From", "the date they moved in");
        if (from is { } f) LeavingCareChanges.CheckDate(errors, nameof(AccommodationInput.From), f, dob, today, "The date they moved in");

        var type = Choices.Clean(Input.Type)?.ToUpperInvariant();
        var suitable = LeavingCareForm.ParseYesNo(Input.Suitable);
        if (type is null || CareLeaverCodes.AccommodationTypes.All(t => t.Letter != type))
            errors.Add(new(nameof(AccommodationInput.Type), "Select where they live"));
        if (suitable is null) errors.Add(new(nameof(AccommodationInput.Suitable), "Select yes if the accommodation is suitable"));
        else if (suitable == true && type is not null && !CareLeaverCodes.MayBeSuitable(type))
            errors.Add(new(nameof(AccommodationInput.Suitable), "No fixed abode and custody are always recorded as not suitable: select no"));
        // Staying Put is living on with former foster carers after 18; the return does not allow it around the 17th birthday (rule 3001).
        if (type == "Z" && from is { } moved && moved < Age.Birthday(dob, dob.Year + 18))
            errors.Add(new(nameof(AccommodationInput.Type), "Staying Put with former foster carers starts at 18: check the date or where they live"));
        var postcode = Choices.Clean(Input.Postcode);
        if (postcode is not null && !ChildRules.IsPostcode(postcode))
            errors.Add(new(nameof(AccommodationInput.Postcode), "Enter a full postcode, like CM1 1AA"));

        LeavingCareForm.AddErrors(ModelState, "Input", errors);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.AccommodationRecords.Add(new AccommodationRecord
        {
            ChildId = childId, From = from!.Value, Code = type + (suitable == true ? "1" : "2"), Postcode = postcode?.ToUpperInvariant(),
        });
        await db.SaveChangesAsync(ct);
        await CareLeaverYears.WriteThroughAsync(db, childId, today, ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("leaving-care.accommodation", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/leaving-care#accommodation");
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
