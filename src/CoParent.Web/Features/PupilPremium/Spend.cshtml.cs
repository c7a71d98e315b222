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

public sealed class SpendInput
{
    public string? SpentAmount { get; set; }
    public DateInput SpentOn { get; set; } = new();
    public string? SpentOnWhat { get; set; }
}

/// <summary>Records what an allocation was spent on: the Virtual School, or the designated teacher of the school it was passed to.</summary>
[EducationRecord]
[EditsChildRecord]
public sealed class SpendModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public SpendInput Input { get; set; } = new();
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public PupilPremiumAllocation Allocation { get; private set; } = null!;
    public string? TargetDescription { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, int allocationId, CancellationToken ct)
    {
        if (await AdmitAsync(childId, allocationId, ct) is { } refused) return refused;
        Input = new SpendInput
        {
            SpentAmount = Allocation.SpentAmount?.ToString("0.##", CultureInfo.InvariantCulture),
            SpentOn = DateInput.From(Allocation.SpentOn),
            SpentOnWhat = Allocation.SpentOnWhat,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, int allocationId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await AdmitAsync(childId, allocationId, ct) is { } refused) return refused;
        const string prefix = nameof(Input) + ".";
        decimal? spent = null;
        if (!string.IsNullOrWhiteSpace(Input.SpentAmount))
        {
            if (decimal.TryParse(Input.SpentAmount.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)) spent = parsed;
            else ModelState.AddModelError(prefix + nameof(SpendInput.SpentAmount), "The amount spent must be a number of pounds, like 450 or 450.50");
        }
        var spentOn = Input.SpentOn.Validate(ModelState, prefix + nameof(SpendInput.SpentOn), "the date the money was spent");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        foreach (var (field, message) in PupilPremiumLedger.CheckSpending(Allocation.Amount, Allocation.CommittedOn, spent, spentOn, Input.SpentOnWhat, today))
        {
            if (ModelState[prefix + field]?.Errors.Count > 0) continue;
            if (field == nameof(SpendInput.SpentOn) && !Input.SpentOn.IsEmpty && spentOn is null) continue;
            ModelState.AddModelError(prefix + field, message);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var tracked = await db.PupilPremiumAllocations.SingleAsync(a => a.Id == allocationId, ct);
        tracked.SpentAmount = spent;
        tracked.SpentOn = spentOn;
        tracked.SpentOnWhat = Input.SpentOnWhat!.Trim();
        tracked.SpendingRecordedByUserId = User.Id();
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("pupil-premium.spend", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/pupil-premium?year={Allocation.FinancialYear}");
    }

    /// <summary>Null when the user may record this allocation's spending; otherwise the answer to give.</summary>
    private async Task<IActionResult?> AdmitAsync(int childId, int allocationId, CancellationToken ct)
    {
        var teacher = User.IsInRole(Roles.DesignatedTeacher);
        if (!PupilPremiumData.IsVirtualSchool(User) && !teacher) return await RefuseAsync(childId);
        var allocation = await db.PupilPremiumAllocations.AsNoTracking().Include(a => a.PepTarget)
            .SingleOrDefaultAsync(a => a.Id == allocationId && a.ChildId == childId, ct);
        // No such allocation for this child: back to the child's ledger, which lists the ones there are.
        if (allocation is null) return Redirect($"/children/{childId}/education/pupil-premium");
        if (!PupilPremiumData.IsVirtualSchool(User) && allocation.SchoolId != User.SchoolId()) return await RefuseAsync(childId);
        Allocation = allocation;
        TargetDescription = allocation.PepTarget?.Description;
        ChildId = childId;
        ChildName = await db.ChildNameAsync(childId, ct) ?? "";
        return null;
    }

    private async Task<IActionResult> RefuseAsync(int childId)
    {
        await ChildRecordGate.RecordAsync(audit, HttpContext, childId, writes: true, "PupilPremium/Spend", allowed: false);
        return StatusCode(StatusCodes.Status403Forbidden);
    }
}
