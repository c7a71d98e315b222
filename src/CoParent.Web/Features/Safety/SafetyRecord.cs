using CoParent.Core.Children;
using CoParent.Core.Safety;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Safety;

/// <summary>A child's safety record as the section page and <c>GET /api/children/{childId}/safety</c> show it.</summary>
public static class SafetyRecord
{
    public sealed record Episode(
        int Id, string Kind, DateOnly Start, TimeOnly? StartTime, DateOnly? End, TimeOnly? EndTime, bool ReportedToPolice, string? WhereFound,
        DateOnly? ConversationOfferedOn, TimeOnly? ConversationOfferedTime, DateOnly? ConversationHeldOn, TimeOnly? ConversationHeldTime,
        bool ConversationDeclined, string? ConversationHeldBy, string? ConversationFindings, bool? ExploitationConcern,
        ReturnConversationStatus ConversationStatus, DateTime? ConversationDeadline, int? HoursLeft)
    {
        public string KindMeaning => Kind == "A" ? "Away without authorisation" : "Missing";
    }

    public sealed record Assessment(int Id, DateOnly AssessedOn, ExploitationType Type, ExploitationRiskLevel Level, string AssessedBy);

    public sealed record View(
        int ChildId, string ChildName, Episode? MissingNow, IReadOnlyList<Episode> Episodes, IReadOnlyList<Assessment> Assessments,
        Assessment? CurrentSexual, Assessment? CurrentCriminal);

    public static async Task<View?> LoadAsync(CoParentDbContext db, int childId, DateTime now, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).SingleOrDefaultAsync(ct);
        if (child is null) return null;
        var episodes = await db.MissingEpisodes.AsNoTracking().Where(m => m.ChildId == childId).ToListAsync(ct);
        var assessments = await db.ExploitationRiskAssessments.AsNoTracking().Where(a => a.ChildId == childId)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.Id)
            .Select(a => new Assessment(a.Id, a.AssessedOn, a.Type, a.Level, a.AssessedBy)).ToListAsync(ct);
        var rows = episodes.OrderByDescending(e => e.Start).ThenByDescending(e => e.StartTime).Select(e => ToRow(e, now)).ToList();
        var today = DateOnly.FromDateTime(now);
        var current = assessments.Where(a => a.AssessedOn <= today).ToList();
        return new View(child.Id, Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId),
            rows.FirstOrDefault(r => r.End is null), rows, assessments,
            current.FirstOrDefault(a => a.Type is ExploitationType.Sexual or ExploitationType.Both),
            current.FirstOrDefault(a => a.Type is ExploitationType.Criminal or ExploitationType.Both));
    }

    public static Episode ToRow(MissingEpisode e, DateTime now) => new(
        e.Id, e.Kind ?? "M", e.Start, e.StartTime, e.End, e.EndTime, e.ReportedToPolice, e.WhereFound,
        e.ConversationOfferedOn, e.ConversationOfferedTime, e.ConversationHeldOn, e.ConversationHeldTime,
        e.ConversationDeclined, e.ConversationHeldBy, e.ConversationFindings, e.ExploitationConcern,
        ReturnConversationRules.Status(e, now), ReturnConversationRules.Deadline(e), ReturnConversationRules.HoursLeft(e, now));

    public static string LevelTag(ExploitationRiskLevel level) => level switch
    {
        ExploitationRiskLevel.SignificantRisk => "govuk-tag--red",
        ExploitationRiskLevel.AtRisk => "govuk-tag--orange",
        _ => "govuk-tag--grey",
    };
}
