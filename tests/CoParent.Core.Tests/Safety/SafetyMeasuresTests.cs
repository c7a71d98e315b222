using CoParent.Core.Measures;
using CoParent.Core.Safety;

namespace CoParent.Core.Tests.Safety;

public class SafetyMeasuresTests
{
    // The quarter 1 July to 30 September 2026.
    private static readonly MeasurePeriod Quarter = new(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static MissingEpisode Episode(int child, string kind, DateOnly start, DateOnly? end, TimeOnly? endTime = null) =>
        new() { ChildId = child, Kind = kind, Start = start, End = end, EndTime = endTime };

    /// <summary>
    /// Five children looked after during the quarter (1-5); child 6 is on short breaks (V3) only; child 7 left care in June.
    ///  1: missing 3 July (back 4 July 10:00) and 20 August (back same day 22:00), away 1 September (back 2 September, no time)
    ///  2: missing 10 September, still missing
    ///  3: away 15 August (back 16 August 08:00)
    ///  6: missing 5 July (back 5 July 23:00): counted as an incident, not among children looked after
    ///  7: missing 20 June (back 2 July 09:00): started before the quarter, so not an incident in it; its return is in it
    ///  4, 5: not missing.
    /// </summary>
    private static (List<MissingEpisode> Missing, List<CareSpell> Spells) Example()
    {
        var missing = new List<MissingEpisode>
        {
            Episode(1, "M", D(7, 3), D(7, 4), new TimeOnly(10, 0)),
            Episode(1, "M", D(8, 20), D(8, 20), new TimeOnly(22, 0)),
            Episode(1, "A", D(9, 1), D(9, 2)),
            Episode(2, "M", D(9, 10), null),
            Episode(3, "A", D(8, 15), D(8, 16), new TimeOnly(8, 0)),
            Episode(6, "M", D(7, 5), D(7, 5), new TimeOnly(23, 0)),
            Episode(7, "M", D(6, 20), D(7, 2), new TimeOnly(9, 0)),
        };
        var spells = new List<CareSpell>
        {
            new(1, new DateOnly(2025, 1, 1), null, "C2"),
            new(2, new DateOnly(2026, 8, 1), null, "C2"),
            new(3, new DateOnly(2024, 5, 1), null, "J2"),
            new(4, new DateOnly(2023, 1, 1), D(7, 15), "C2"),
            new(5, D(9, 30), null, "V2"),
            new(6, new DateOnly(2025, 1, 1), null, "V3"),
            new(7, new DateOnly(2024, 1, 1), D(6, 30), "C2"),
        };
        return (missing, spells);
    }

    [Fact]
    public void MissingCounts_ChildrenAndIncidents_ByKindAndTogether()
    {
        var (missing, spells) = Example();

        var results = SafetyMeasures.Calculate(Quarter, missing, spells, []).ToDictionary(m => m.Id);

        // Missing (M) starting in the quarter: child 1 twice, child 2 once, child 6 once = 3 children, 4 incidents.
        Assert.Equal(3, results["safety.missing.children"].Value);
        Assert.Equal([1, 2, 6], results["safety.missing.children"].ChildIds);
        Assert.Equal(4, results["safety.missing.incidents"].Value);
        // Away (A): child 1 once, child 3 once = 2 children, 2 incidents.
        Assert.Equal(2, results["safety.away.children"].Value);
        Assert.Equal(2, results["safety.away.incidents"].Value);
        // Together: children 1, 2, 3, 6 = 4 children, 6 incidents (child 7's began in June).
        Assert.Equal(4, results["safety.missing-or-away.children"].Value);
        Assert.Equal(6, results["safety.missing-or-away.incidents"].Value);
    }

    [Fact]
    public void PercentLookedAfter_LeavesOutShortBreaksAndThoseNotInCareInThePeriod()
    {
        var (missing, spells) = Example();

        var results = SafetyMeasures.Calculate(Quarter, missing, spells, []).ToDictionary(m => m.Id);

        // Looked after during the quarter: 1, 2, 3, 4, 5 = 5 (6 is on short breaks, 7 left before it began).
        // Missing among them: 1 and 2 = 2 of 5 = 40%. Away: 1 and 3 = 40%. Either: 1, 2, 3 = 3 of 5 = 60%.
        Assert.Equal(40m, results["safety.missing.percent-looked-after"].Value);
        Assert.Equal(5, results["safety.missing.percent-looked-after"].Denominator);
        Assert.Equal(40m, results["safety.away.percent-looked-after"].Value);
        Assert.Equal(60m, results["safety.missing-or-away.percent-looked-after"].Value);
        Assert.Equal([1, 2, 3], results["safety.missing-or-away.percent-looked-after"].ChildIds);
    }

    [Fact]
    public void ReturnConversations_OfferedAndHeldWithin72Hours_OfReturnsInThePeriod()
    {
        var (missing, spells) = Example();
        // Returns in the quarter (ended 1 July to 30 September): child 7 on 2 July 09:00, child 1 on 4 July 10:00,
        // child 6 on 5 July 23:00, child 3 on 16 August 08:00, child 1 on 20 August 22:00 and 2 September = 6 returns.
        void Chat(MissingEpisode e, DateTime offered, DateTime? held = null, bool declined = false)
        {
            e.ConversationOfferedOn = DateOnly.FromDateTime(offered);
            e.ConversationOfferedTime = TimeOnly.FromDateTime(offered);
            e.ConversationHeldOn = held is { } h ? DateOnly.FromDateTime(h) : null;
            e.ConversationHeldTime = held is { } t ? TimeOnly.FromDateTime(t) : null;
            e.ConversationDeclined = declined;
        }
        // Child 1, back 4 July 10:00 (deadline 7 July 10:00): offered 5 July, held 6 July: both in time.
        Chat(missing[0], new DateTime(2026, 7, 5, 9, 0, 0), new DateTime(2026, 7, 6, 15, 0, 0));
        // Child 1, back 20 August 22:00 (deadline 23 August 22:00): offered 21 August, held 24 August: offered in time, held late.
        Chat(missing[1], new DateTime(2026, 8, 21, 9, 0, 0), new DateTime(2026, 8, 24, 10, 0, 0));
        // Child 1, back 2 September, no time (deadline 6 September 00:00): offered 5 September 16:00, declined: offered in time only.
        Chat(missing[2], new DateTime(2026, 9, 5, 16, 0, 0), declined: true);
        // Child 3, back 16 August 08:00 (deadline 19 August 08:00): offered 20 August, held 20 August: neither in time.
        Chat(missing[4], new DateTime(2026, 8, 20, 9, 0, 0), new DateTime(2026, 8, 20, 11, 0, 0));
        // Child 6, back 5 July 23:00: never offered. Child 7, back 2 July 09:00 (deadline 5 July 09:00): offered and held 4 July.
        Chat(missing[6], new DateTime(2026, 7, 4, 9, 0, 0), new DateTime(2026, 7, 4, 14, 0, 0));

        var results = SafetyMeasures.Calculate(Quarter, missing, spells, []).ToDictionary(m => m.Id);

        // Offered in time: child 1 x3, child 7 = 4 of 6 = 66.7%. Held in time: child 1 (4 July), child 7 = 2 of 6 = 33.3%.
        Assert.Equal(66.7m, results["safety.return-conversation.offered-72h"].Value);
        Assert.Equal(4, results["safety.return-conversation.offered-72h"].Numerator);
        Assert.Equal(6, results["safety.return-conversation.offered-72h"].Denominator);
        Assert.Equal(33.3m, results["safety.return-conversation.held-72h"].Value);
        Assert.Equal([1, 7], results["safety.return-conversation.held-72h"].ChildIds);
    }

    [Fact]
    public void Exploitation_CountsChildrenInCareOnTheLastDay_ByTheirLatestAssessmentOfEachKind()
    {
        var (_, spells) = Example();
        var id = 0;
        ExploitationRiskAssessment A(int child, DateOnly on, ExploitationType type, ExploitationRiskLevel level) =>
            new() { Id = ++id, ChildId = child, AssessedOn = on, Type = type, Level = level, AssessedBy = "Test" };
        var assessments = new List<ExploitationRiskAssessment>
        {
            // Child 1: both, at risk (June), then criminal no risk (August): sexual still at risk, criminal no longer.
            A(1, D(6, 1), ExploitationType.Both, ExploitationRiskLevel.AtRisk),
            A(1, D(8, 1), ExploitationType.Criminal, ExploitationRiskLevel.NoRisk),
            // Child 2: criminal, significant risk: criminal.
            A(2, D(8, 10), ExploitationType.Criminal, ExploitationRiskLevel.SignificantRisk),
            // Child 3: both at risk in September: sexual, criminal and both.
            A(3, D(9, 5), ExploitationType.Both, ExploitationRiskLevel.AtRisk),
            // Child 5: sexual at risk, but assessed after the quarter ended: not counted.
            A(5, D(10, 2), ExploitationType.Sexual, ExploitationRiskLevel.AtRisk),
            // Child 4: left care 15 July, not in care on 30 September: not counted.
            A(4, D(7, 1), ExploitationType.Sexual, ExploitationRiskLevel.SignificantRisk),
        };

        var results = SafetyMeasures.Calculate(Quarter, [], spells, assessments).ToDictionary(m => m.Id);

        // Sexual: 1, 3. Criminal: 2, 3. Both: 3. Any: 1, 2, 3.
        Assert.Equal([1, 3], results["safety.exploitation.sexual"].ChildIds);
        Assert.Equal([2, 3], results["safety.exploitation.criminal"].ChildIds);
        Assert.Equal([3], results["safety.exploitation.both"].ChildIds);
        Assert.Equal(3, results["safety.exploitation.any"].Value);
    }

    [Fact]
    public void NobodyLookedAfter_PercentagesAreNull()
    {
        var results = SafetyMeasures.Calculate(Quarter, [], [], []).ToDictionary(m => m.Id);

        Assert.Null(results["safety.missing.percent-looked-after"].Value);
        Assert.Null(results["safety.return-conversation.held-72h"].Value);
        Assert.Equal(0, results["safety.missing.children"].Value);
    }
}
