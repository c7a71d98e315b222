using CoParent.Core.Access;
using CoParent.Core.Allocations;
using CoParent.Core.Children;
using CoParent.Core.Safety;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Safety;

/// <summary>
/// The worker's list: children missing now, and return conversations due (with the hours left) or overdue, for the
/// children the signed-in worker may see (their own, their team's, or every child for a manager, who can pick a team).
/// </summary>
public sealed class MissingListModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    /// <summary>How far back an overdue conversation is still listed: after that it is for the Outcomes measures, not the to-do list.</summary>
    public const int OverdueDays = 30;

    public sealed record Row(int ChildId, string ChildName, SafetyRecord.Episode Episode);

    [FromQuery(Name = "team")] public int? Team { get; set; }
    public IReadOnlyList<Row> MissingNow { get; private set; } = [];
    public IReadOnlyList<Row> Conversations { get; private set; } = [];
    public IReadOnlyList<Team> Teams { get; private set; } = [];
    public bool ChoosesTeam { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var now = SafetyEdits.UkNow(clock);
        var today = DateOnly.FromDateTime(now);
        var since = today.AddDays(-OverdueDays);
        ChoosesTeam = User.IsInRole(Roles.Manager);
        var children = access.VisibleChildren(User);
        if (ChoosesTeam)
        {
            Teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
            if (Team is { } team)
            {
                children = children.Where(c => c.Allocations.Any(a => a.Role == AllocationRole.SocialWorker && a.TeamId == team
                    && a.From <= today && (a.To == null || a.To >= today)));
            }
        }
        var visible = children.Select(c => c.Id);
        var rows = await db.MissingEpisodes.AsNoTracking()
            .Where(m => visible.Contains(m.ChildId)
                && (m.End == null || (m.End >= since && m.ConversationHeldOn == null && !m.ConversationDeclined)))
            .Select(m => new { Episode = m, m.Child!.GivenName, m.Child.FamilyName, m.Child.PreferredName, m.Child.PersonId })
            .ToListAsync(ct);
        var all = rows.Select(r => new Row(r.Episode.ChildId, Child.NameToShow(r.GivenName, r.FamilyName, r.PreferredName, r.PersonId),
            SafetyRecord.ToRow(r.Episode, now))).ToList();
        MissingNow = all.Where(r => r.Episode.End is null).OrderBy(r => r.Episode.Start).ThenBy(r => r.Episode.StartTime).ToList();
        Conversations = all.Where(r => r.Episode.ConversationStatus is ReturnConversationStatus.Due or ReturnConversationStatus.Overdue)
            .OrderBy(r => r.Episode.ConversationDeadline).ToList();
        if (TableDownload.Format(Request.Query["format"]) is { } format)
        {
            return TableDownload.File(Download(), format);
        }
        return Page();
    }

    /// <summary>Both tables in one file: each table's columns (blank where the other table's), with the list each row is on.</summary>
    private DownloadTable Download() => new("missing-and-return-conversations", ["List", "Child", "Since or came back", "Missing or away", "Reported to police", "Conversation due by", "Status"],
    [
        .. MissingNow.Select(r => (IReadOnlyList<string?>)["Missing now", r.ChildName, SafetyEdits.ShowWhen(r.Episode.Start, r.Episode.StartTime),
            r.Episode.KindMeaning, r.Episode.ReportedToPolice ? "Yes" : "No", null, null]),
        .. Conversations.Select(r => (IReadOnlyList<string?>)["Return conversation to hold", r.ChildName, SafetyEdits.ShowWhen(r.Episode.End, r.Episode.EndTime), null, null,
            r.Episode.ConversationDeadline is { } d ? SafetyEdits.ShowWhen(DateOnly.FromDateTime(d), TimeOnly.FromDateTime(d)) : null,
            ReturnConversationRules.Describe(r.Episode.ConversationStatus)]),
    ]);
}
