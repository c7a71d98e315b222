using CoParent.Core.Children;
using CoParent.Core.Safety;
using CoParent.Data.Ssda903.Storing;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Demo;

/// <summary>
/// What follows the demo's missing episodes (stored from the generated return, MIS fields only): times, police
/// reports, where the child was found and the return conversation; and exploitation risk assessments for a
/// minority of children in care, mostly teenagers and more often those who go missing. Rates are the demo's own
/// assumptions: most conversations offered within 72 hours and most of those held, about one in six declined.
/// </summary>
internal static class DemoSafety
{
    private static readonly string[] Places =
    [
        "Came back to the placement on their own", "Found by police at a friend's house", "At a relative's home",
        "Found by carers in the town centre", "At a friend's house", "Found by police at the railway station",
        "With a parent", "Found by police in a park", "At an older friend's flat", "Came back after staying with a cousin",
    ];

    private static readonly string[] Workers =
    [
        "Priya Hallam, Missing Chat worker", "Tom Ferris, Missing Chat worker", "Jade Mensah, Missing Chat worker",
        "Callum Birch, Missing Chat worker", "The child's social worker",
    ];

    private static readonly string[] Reasons =
    [
        "Wanted to see friends after an argument at home about a curfew.",
        "Went to see their mum without telling anyone; misses family time at weekends.",
        "Unhappy at the placement and feels not listened to.",
        "Stayed out late with friends and did not want to come back.",
        "Upset after a difficult phone call with a parent.",
        "Went to a party; would not say who else was there.",
        "Was given money and a phone by people they would not name.",
        "Travelled to their old area to see friends from before care.",
    ];

    private static readonly string[] Assessors =
    [
        "Nadia Rowe, exploitation lead", "Gareth Pike, exploitation lead", "The child's social worker", "Multi-agency exploitation panel",
    ];

    public static async Task SaveAsync(CoParentDbContext db, List<Child> people, DateOnly asAt, int seed, CancellationToken ct)
    {
        var episodes = await db.MissingEpisodes.AsNoTracking().OrderBy(m => m.ChildId).ThenBy(m => m.Start).ToListAsync(ct);
        var now = asAt.ToDateTime(new TimeOnly(9, 0));
        foreach (var episode in episodes)
        {
            var random = new Random(unchecked((seed * 92_821) + (episode.ChildId * 131) + episode.Start.DayNumber));
            FillIn(episode, random, now);
            episode.Id = 0;
        }
        // The episodes were bulk-written with their return fields only; written again whole, in the same transaction.
        await db.MissingEpisodes.ExecuteDeleteAsync(ct);
        await DemoBulk.WriteAsync(db, BulkColumns.TableName<MissingEpisode>(db.Model), BulkColumns.For<MissingEpisode>(db.Model), episodes, ct);

        var wentMissing = episodes.Select(e => e.ChildId).ToHashSet();
        var assessments = new List<ExploitationRiskAssessment>();
        foreach (var child in people)
        {
            var age = Age.On(child.DateOfBirth, asAt);
            if (age < 10 || !child.Episodes.Any(e => e.Decom <= asAt && (e.Dec is null || e.Dec > asAt))) continue;
            var random = new Random(unchecked((seed * 65_537) + child.Id));
            var missing = wentMissing.Contains(child.Id);
            var chance = missing ? 0.35 : age >= 13 ? 0.04 : 0.01;
            if (random.NextDouble() >= chance) continue;
            var careStart = child.Episodes.Min(e => e.Decom);
            var latest = asAt.AddDays(-random.Next(5, 400));
            if (latest < careStart) latest = careStart;
            if (random.NextDouble() < 0.3 && latest.AddDays(-120) >= careStart)
            {
                assessments.Add(Assessment(child, latest.AddDays(-random.Next(90, 240)), random, missing));
            }
            assessments.Add(Assessment(child, latest, random, missing));
        }
        await DemoBulk.WriteAsync(db, BulkColumns.TableName<ExploitationRiskAssessment>(db.Model), BulkColumns.For<ExploitationRiskAssessment>(db.Model),
            assessments.Where(a => a.AssessedOn <= asAt), ct);
    }

    private static void FillIn(MissingEpisode episode, Random random, DateTime now)
    {
        // Children mostly go missing in the afternoon and evening.
        episode.StartTime = random.NextDouble() < 0.85 ? new TimeOnly(random.Next(14, 24), random.Next(0, 12) * 5) : null;
        episode.ReportedToPolice = random.NextDouble() < (episode.Kind == "A" ? 0.4 : 0.9);
        if (episode.End is not { } end) return;
        episode.EndTime = random.NextDouble() < 0.85 ? new TimeOnly(random.Next(0, 24), random.Next(0, 12) * 5) : null;
        if (episode.End == episode.Start && episode.StartTime is { } left && episode.EndTime is { } back && back <= left)
        {
            episode.EndTime = left.AddHours(random.Next(2, 6)) is var later && later > left ? later : new TimeOnly(23, 55);
        }
        episode.WhereFound = Places[random.Next(Places.Length)];

        var returned = ReturnConversationRules.ReturnedAt(episode)!.Value;
        var roll = random.NextDouble();
        // 90% offered within 72 hours, 6% offered later, 4% not recorded as offered.
        double? offeredAfter = roll < 0.90 ? random.Next(2, 60) : roll < 0.96 ? random.Next(75, 150) : null;
        if (offeredAfter is not { } hours) return;
        var offered = returned.AddHours(hours);
        if (offered > now) return;
        episode.ConversationOfferedOn = DateOnly.FromDateTime(offered);
        episode.ConversationOfferedTime = RoundTime(offered);

        var outcome = random.NextDouble();
        if (outcome < 0.15)
        {
            episode.ConversationDeclined = true;
            return;
        }
        if (outcome > 0.95) return; // offered, not yet held
        var held = offered.AddHours(random.Next(0, 30));
        if (held > now) return;
        episode.ConversationHeldOn = DateOnly.FromDateTime(held);
        episode.ConversationHeldTime = RoundTime(held);
        episode.ConversationHeldBy = Workers[random.Next(Workers.Length)];
        var concern = random.NextDouble() < 0.15;
        episode.ExploitationConcern = concern;
        episode.ConversationFindings = concern
            ? "Was given money and a phone by people they would not name. Exploitation concern shared with the exploitation lead."
            : Reasons[random.Next(Reasons.Length - 2)] + " No exploitation concerns identified.";
    }

    private static TimeOnly RoundTime(DateTime at) => new(at.Hour, at.Minute / 5 * 5);

    private static ExploitationRiskAssessment Assessment(Child child, DateOnly on, Random random, bool missing)
    {
        var typeRoll = random.NextDouble();
        // Girls are more often assessed for sexual exploitation and boys for criminal exploitation (county lines).
        var sexualShare = child.Sex == "F" ? 0.6 : 0.15;
        var type = typeRoll < 0.2 ? ExploitationType.Both : typeRoll < 0.2 + (0.8 * sexualShare) ? ExploitationType.Sexual : ExploitationType.Criminal;
        var levelRoll = random.NextDouble();
        var level = levelRoll < (missing ? 0.4 : 0.55) ? ExploitationRiskLevel.NoRisk
            : levelRoll < (missing ? 0.8 : 0.9) ? ExploitationRiskLevel.AtRisk
            : ExploitationRiskLevel.SignificantRisk;
        return new ExploitationRiskAssessment
        {
            ChildId = child.Id, AssessedOn = on, Type = type, Level = level,
            AssessedBy = Assessors[random.Next(Assessors.Length)],
            RecordedAtUtc = DateTime.SpecifyKind(on.ToDateTime(new TimeOnly(12, 0)), DateTimeKind.Utc),
        };
    }
}
