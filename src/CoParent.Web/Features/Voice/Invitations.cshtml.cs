using CoParent.Core.Children;
using CoParent.Core.Voice;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Voice;

/// <summary>
/// The worker's list: Have Your Say codes for their own children (managers: every child) that have not been used,
/// for surveys open now, so they can give each child theirs.
/// </summary>
[Authorize(Policy = Policies.ChildRecords)]
public sealed class InvitationsModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public const int PageSize = 200;

    public sealed record Row(int ChildId, string ChildName, string Survey, DateOnly Closes, string Code);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var visible = access.VisibleChildren(User).Select(c => c.Id);
        var query = db.SurveyInvitations.AsNoTracking()
            .Where(i => i.UsedOn == null && i.Survey!.Status == SurveyStatus.Open && i.Survey.Opens <= today && i.Survey.Closes >= today)
            .Where(i => visible.Contains(i.ChildId))
            .Join(db.Children, i => i.ChildId, c => c.Id, (i, c) => new { i, c });
        Total = await query.CountAsync(ct);
        var format = TableDownload.Format(Request.Query["format"]);
        var rows = await query.OrderBy(x => x.c.FamilyName).ThenBy(x => x.c.GivenName).ThenBy(x => x.i.Id).Take(format is null ? PageSize : Math.Max(1, Total))
            .Select(x => new { x.c.Id, x.c.GivenName, x.c.FamilyName, x.c.PreferredName, x.c.PersonId, x.i.Survey!.Title, x.i.Survey.Closes, x.i.Code })
            .ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.Id, Child.NameToShow(r.GivenName, r.FamilyName, r.PreferredName, r.PersonId), r.Title, r.Closes, r.Code)).ToList();
        if (format is not null)
        {
            return TableDownload.File(new DownloadTable("have-your-say-codes", ["Child", "Survey", "Open until", "Code"],
                Rows.Select(r => (IReadOnlyList<string?>)[r.ChildName, r.Survey, r.Closes.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), InvitationCode.Show(r.Code)]).ToList()), format);
        }
        return Page();
    }
}
