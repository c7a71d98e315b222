using System.Globalization;
using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.PupilPremium;

/// <summary>What the commit form posts; strings, so a wrong entry comes back as typed with its error.</summary>
public sealed class CommitInput
{
    public string? Kind { get; set; }
    public string? PepTargetId { get; set; }
    public string? Amount { get; set; }
    public string? Purpose { get; set; }
    public bool ExceptionConfirmed { get; set; }
}

/// <summary>
/// The Virtual School commits Pupil Premium Plus for a child from this financial year's grant: to the child's school
/// against a target of an approved PEP, or held centrally. Other education editors (social workers, designated
/// teachers) are refused: the Virtual School Head manages the grant.
/// </summary>
[EducationRecord]
[EditsChildRecord]
public sealed class CommitModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed record TargetChoice(int Id, string Description, string Pep, PepStatus Status, decimal Requested, int ChildId);

    [BindProperty] public CommitInput Input { get; set; } = new();
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public IReadOnlyList<TargetChoice> Targets { get; private set; } = [];
    public string? SchoolName { get; private set; }
    public PupilPremiumData.ChildLedger Ledger { get; private set; } = null!;
    public bool IsHead => User.IsInRole(Roles.VirtualSchoolHead);

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (!PupilPremiumData.IsVirtualSchool(User)) return await RefuseAsync(childId, ct);
        return await LoadAsync(childId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        if (!PupilPremiumData.IsVirtualSchool(User)) return await RefuseAsync(childId, ct);
        ModelState.Clear();
        if (!await LoadAsync(childId, ct)) return NotFound();

        const string prefix = nameof(Input) + ".";
        var kind = Input.Kind switch
        {
            nameof(PupilPremiumAllocationKind.PassedToSchool) => PupilPremiumAllocationKind.PassedToSchool,
            nameof(PupilPremiumAllocationKind.HeldCentrally) => PupilPremiumAllocationKind.HeldCentrally,
            _ => (PupilPremiumAllocationKind?)null,
        };
        if (kind is null) ModelState.AddModelError(prefix + nameof(CommitInput.Kind), "Select whether the money is passed to the school or held centrally");
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(Input.Amount))
        {
            if (decimal.TryParse(Input.Amount.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)) amount = parsed;
            else ModelState.AddModelError(prefix + nameof(CommitInput.Amount), "The amount must be a number of pounds, like 450 or 450.50");
        }
        var target = int.TryParse(Input.PepTargetId, out var targetId) ? Targets.FirstOrDefault(t => t.Id == targetId) : null;
        if (kind is not null)
        {
            var school = await CurrentSchoolAsync(childId, ct);
            var commitment = new PupilPremiumCommitment(kind.Value, amount, Input.Purpose, school?.Id,
                target is null ? null : new PupilPremiumTargetFacts(target.Id, childId, target.Status, target.Requested),
                Ledger.Rate, Ledger.Committed, IsHead, Input.ExceptionConfirmed);
            foreach (var (field, message) in PupilPremiumLedger.Check(commitment))
            {
                if (field == nameof(CommitInput.Amount) && ModelState[prefix + field]?.Errors.Count > 0) continue;
                ModelState.AddModelError(prefix + field, message);
            }
            if (ModelState.IsValid)
            {
                var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
                var overRate = Ledger.Committed + amount!.Value > Ledger.Rate!.Value;
                var allocation = new PupilPremiumAllocation
                {
                    ChildId = childId, FinancialYear = Ledger.FinancialYear, Amount = amount.Value, Kind = kind.Value,
                    SchoolId = kind == PupilPremiumAllocationKind.PassedToSchool ? school!.Id : null,
                    PepTargetId = target?.Id, Purpose = Input.Purpose!.Trim(), CommittedOn = today, CommittedByUserId = User.Id() ?? "",
                    ExceptionConfirmedByUserId = overRate ? User.Id() : null,
                };
                db.PupilPremiumAllocations.Add(allocation);
                await db.SaveChangesAsync(ct);
                await audit.RecordAsync("pupil-premium.commit", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
                return Redirect($"/children/{childId}/education/pupil-premium");
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult> RefuseAsync(int childId, CancellationToken ct)
    {
        await ChildRecordGate.RecordAsync(audit, HttpContext, childId, writes: true, "PupilPremium/Commit", allowed: false);
        return StatusCode(StatusCodes.Status403Forbidden);
    }

    private Task<Core.Education.School?> CurrentSchoolAsync(int childId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return db.SchoolEnrolments.AsNoTracking().Where(e => e.ChildId == childId && e.From <= today && (e.To == null || e.To >= today))
            .OrderByDescending(e => e.From).Select(e => e.School).FirstOrDefaultAsync(ct);
    }

    private async Task<bool> LoadAsync(int childId, CancellationToken ct)
    {
        var year = FinancialYear.Containing(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var ledger = await PupilPremiumData.LoadChildAsync(db, childId, year, ct);
        if (ledger is null) return false;
        Ledger = ledger;
        ChildId = childId;
        ChildName = ledger.ChildName;
        SchoolName = (await CurrentSchoolAsync(childId, ct))?.Name;
        var targets = await db.PepTargets.AsNoTracking()
            .Where(t => t.PersonalEducationPlan!.ChildId == childId && t.PupilPremiumRequested != null && t.PupilPremiumRequested > 0)
            .Select(t => new { t.Id, t.Description, t.PersonalEducationPlan!.AcademicYear, t.PersonalEducationPlan.Term, t.PersonalEducationPlan.Status, t.PupilPremiumRequested })
            .ToListAsync(ct);
        Targets = [.. targets.OrderByDescending(t => t.AcademicYear).ThenByDescending(t => t.Term).ThenBy(t => t.Id)
            .Select(t => new TargetChoice(t.Id, t.Description, $"{t.Term} term {SchoolYear.AcademicYearLabel(t.AcademicYear)} PEP", t.Status, t.PupilPremiumRequested!.Value, childId))];
        return true;
    }
}
