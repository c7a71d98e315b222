using CoParent.Core.Measures;
using CoParent.Core.Safety;
using CoParent.Data;
using CoParent.Web.Features.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Safety;

/// <summary>Outcome 4's safety measures: loads what <see cref="SafetyMeasures"/> needs for the period, untracked and projected.</summary>
public sealed class SafetyOutcomeMeasures : IOutcomeMeasures
{
    public string Section => "Safety";

    public IReadOnlyList<int> Outcomes { get; } = [4];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        var from = period.From;
        var to = period.To;
        // Episodes that started or ended in the period: incidents and returns.
        var missing = await db.MissingEpisodes.AsNoTracking()
            .Where(m => (m.Start >= from && m.Start <= to) || (m.End >= from && m.End <= to))
            .Select(m => new MissingEpisode
            {
                Id = m.Id, ChildId = m.ChildId, Kind = m.Kind, Start = m.Start, StartTime = m.StartTime, End = m.End, EndTime = m.EndTime,
                ConversationOfferedOn = m.ConversationOfferedOn, ConversationOfferedTime = m.ConversationOfferedTime,
                ConversationHeldOn = m.ConversationHeldOn, ConversationHeldTime = m.ConversationHeldTime, ConversationDeclined = m.ConversationDeclined,
            })
            .ToListAsync(ct);
        var spells = await db.CareEpisodes.AsNoTracking()
            .Where(e => e.Decom <= to && (e.Dec == null || e.Dec >= from))
            .Select(e => new CareSpell(e.ChildId, e.Decom, e.Dec, e.Ls))
            .ToListAsync(ct);
        var assessments = await db.ExploitationRiskAssessments.AsNoTracking()
            .Where(a => a.AssessedOn <= to)
            .Select(a => new ExploitationRiskAssessment { Id = a.Id, ChildId = a.ChildId, AssessedOn = a.AssessedOn, Type = a.Type, Level = a.Level })
            .ToListAsync(ct);
        return SafetyMeasures.Calculate(period, missing, spells, assessments);
    }
}
