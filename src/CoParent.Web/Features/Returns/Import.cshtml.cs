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

    public IActionResult OnGet(string jobId)
    {
        Job = Guid.TryParse(jobId, out var id) ? jobs.Find(id) : null;
        if (Job is null)
        {
            // Gone rather than not found: jobs are forgotten an hour after they finish.
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        if (Job.UserId != User.Id() && !User.IsInRole(Roles.Manager)) return Forbid();
        return Page();
    }

    public static int Percent(double fraction) => (int)Math.Round(Math.Clamp(fraction, 0, 1) * 100);
}
