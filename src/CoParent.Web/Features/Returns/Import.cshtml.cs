using CoParent.Core.Access;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Returns;

/// <summary>An import's progress, then what stopped it or what it did. The page refreshes itself while it runs.</summary>
public sealed class ImportModel(ImportJobs jobs) : PageModel
{
    public ImportJob? Job { get; private set; }

    public bool Running => Job is { State: ImportJobState.Waiting or ImportJobState.Running };

    /// <summary>The person turned the updating off (WCAG 2.2.1: a page that refreshes itself can be stopped).</summary>
    public bool Paused { get; private set; }

    public IActionResult OnGet(string jobId, string? refresh)
    {
        Job = Guid.TryParse(jobId, out var id) ? jobs.Find(id) : null;
        if (Job is null)
        {
            // Gone rather than not found: jobs are forgotten an hour after they finish.
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        if (Job.UserId != User.Id() && !User.IsInRole(Roles.Manager)) return Forbid();
        Paused = refresh == "off";
        // The Refresh header does what <meta http-equiv="refresh"> does, without a script (the CSP allows none
        // inline); the page offers a link to stop it.
        if (Running && !Paused) Response.Headers["Refresh"] = "2";
        return Page();
    }

    public static int Percent(double fraction) => (int)Math.Round(Math.Clamp(fraction, 0, 1) * 100);
}
