using System.Globalization;
using CoParent.Core.Audit;
using CoParent.Core.Health;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Health;

/// <summary>What the health forms post; every field a string, so a wrong entry comes back as typed with its error.</summary>
public sealed class HealthInput
{
    public DateInput Date { get; set; } = new();
    public string? Kind { get; set; }
    public string? HeldBy { get; set; }
    public string? UpToDate { get; set; }
    public string? Score { get; set; }
    public string? CompletedBy { get; set; }
    public List<string> Contents { get; set; } = [];
    public string? OtherContents { get; set; }
}

/// <summary>Records one health record (which one is in the URL); saving also updates the child's OC2 row for the year.</summary>
[EditsChildRecord]
public sealed class RecordModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public HealthInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }
    public string Type { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int childId, string record, CancellationToken ct) =>
        await LoadAsync(childId, record, ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int childId, string record, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(childId, record, ct) is not { } dob) return NotFound();

        const string prefix = nameof(Input) + ".";
        var date = Input.Date.Validate(ModelState, prefix + nameof(HealthInput.Date), HealthRecordTypes.DateWhat(record));
        int? score = null;
        if (!string.IsNullOrWhiteSpace(Input.Score))
        {
            if (int.TryParse(Input.Score.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var s)) score = s;
            else ModelState.AddModelError(prefix + nameof(HealthInput.Score), "The total difficulties score must be a whole number from 0 to 40");
        }
        var contents = Input.Contents.Aggregate(HealthPassportContents.None,
            (all, item) => Enum.TryParse<HealthPassportContents>(item, out var flag) && Enum.IsDefined(flag) ? all | flag : all);
        var entry = new HealthEntry(record, date,
            Enum.TryParse<HealthAssessmentKind>(Input.Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
            Input.HeldBy,
            Input.UpToDate switch { "yes" => true, "no" => false, _ => null },
            score,
            Enum.TryParse<SdqInformant>(Input.CompletedBy, out var by) && Enum.IsDefined(by) ? by : null,
            contents, Input.OtherContents);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        foreach (var (key, message) in entry.Validate(today, dob, dateAlreadyReported: date is null && !Input.Date.IsEmpty))
        {
            if (ModelState[prefix + key]?.Errors.Count is not > 0) ModelState.AddModelError(prefix + key, message);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await HealthData.SaveAsync(db, childId, entry.ToRecord(childId, clock.GetUtcNow().UtcDateTime), date!.Value, ct);
        await audit.RecordAsync($"health.{record}.add", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/health");
    }

    private async Task<DateOnly?> LoadAsync(int childId, string record, CancellationToken ct)
    {
        if (!HealthRecordTypes.All.Contains(record)) return null;
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.GivenName, c.FamilyName, c.PreferredName, c.PersonId, c.DateOfBirth }).SingleOrDefaultAsync(ct);
        if (child is null) return null;
        ChildId = childId;
        Type = record;
        ChildName = Core.Children.Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId);
        return child.DateOfBirth;
    }
}
