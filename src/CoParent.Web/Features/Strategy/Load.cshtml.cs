using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Strategy;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Strategy;

/// <summary>
/// An administrator loads a whole strategy from a JSON file, such as the next strategy when this one ends. The file
/// is checked whole; if anything is wrong nothing is saved and every problem is listed.
/// </summary>
[Authorize(Policy = Infrastructure.Policies.Administration)]
public sealed class LoadModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>A strategy file is a few tens of kilobytes; anything far bigger is not one.</summary>
    public const long MaxBytes = 1_000_000;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "Enter why you are loading this strategy");
        StrategyDocument? document = null;
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), "Select a strategy file to load");
        else if (Upload.Length > MaxBytes) ModelState.AddModelError(nameof(Upload), "The file must be smaller than 1 MB");
        else
        {
            using var reader = new StreamReader(Upload.OpenReadStream());
            var (parsed, errors) = StrategyDocument.Parse(await reader.ReadToEndAsync(ct));
            foreach (var error in errors) ModelState.AddModelError(nameof(Upload), error);
            document = parsed;
            if (document is not null && document.ToJson() == (await StrategyStore.CurrentAsync(db, ct)).ToJson())
            {
                ModelState.AddModelError(nameof(Upload), "This file is the strategy already in force: there is nothing to load");
            }
        }
        if (!ModelState.IsValid || document is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await StrategyStore.SaveAsync(db, document, Reason!.Trim(), User.UserName() ?? "", clock.GetUtcNow().UtcDateTime, ct);
        return Redirect("/strategy/history");
    }
}
