using CoParent.Core.Strategy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Pledge;

/// <summary>
/// "Our promises to you": the Pledge in plain words for children and young people, who have no account. Only
/// figures for everyone together, with small numbers never shown, and nothing about any one child.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(PledgeFigures pledge) : PageModel
{
    public PledgeReportPage Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await pledge.CalculateAsync(ct);

    public string YearLabel => $"April {Report.Period.From.Year} to March {Report.Period.To.Year}";
}
