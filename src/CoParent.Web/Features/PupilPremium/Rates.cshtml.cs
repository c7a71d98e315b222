using System.Globalization;
using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.PupilPremium;

public sealed class RateInput
{
    public string? FinancialYear { get; set; }
    public string? AmountPerChild { get; set; }
}

/// <summary>The rate per child for each financial year: the Virtual School Head adds each year's when the DfE publishes it, or corrects one.</summary>
public sealed class RatesModel(CoParentDbContext db, AuditLog audit) : PageModel
{
    [BindProperty] public RateInput Input { get; set; } = new();
    public IReadOnlyList<PupilPremiumRate> Rates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.VirtualSchoolHead)) return StatusCode(StatusCodes.Status403Forbidden);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.VirtualSchoolHead)) return StatusCode(StatusCodes.Status403Forbidden);
        ModelState.Clear();
        const string prefix = nameof(Input) + ".";
        var year = ParseYear(Input.FinancialYear);
        if (year is null) ModelState.AddModelError(prefix + nameof(RateInput.FinancialYear), "Enter the financial year as the year it starts in, like 2026 for 2026-27");
        decimal? amount = null;
        if (string.IsNullOrWhiteSpace(Input.AmountPerChild)) ModelState.AddModelError(prefix + nameof(RateInput.AmountPerChild), "Enter the rate per child in pounds");
        else if (decimal.TryParse(Input.AmountPerChild.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
                 && parsed is > 0 and < 100_000 && decimal.Round(parsed, 2) == parsed) amount = parsed;
        else ModelState.AddModelError(prefix + nameof(RateInput.AmountPerChild), "The rate per child must be an amount in pounds more than £0, like 2630");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var rate = await db.PupilPremiumRates.SingleOrDefaultAsync(r => r.FinancialYear == year, ct);
        if (rate is null) db.PupilPremiumRates.Add(new PupilPremiumRate { FinancialYear = year!.Value, AmountPerChild = amount!.Value });
        else rate.AmountPerChild = amount!.Value;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("pupil-premium.rate", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"POST {Request.Path}", ct);
        return Redirect("/pupil-premium/rates");
    }

    /// <summary>"2026" or "2026-27".</summary>
    private static int? ParseYear(string? text)
    {
        var start = text?.Trim().Split('-')[0];
        return int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100 ? year : null;
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Rates = (await db.PupilPremiumRates.AsNoTracking().ToListAsync(ct)).OrderByDescending(r => r.FinancialYear).ToList();
}
