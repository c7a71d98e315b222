using CoParent.Core.Identity;
using CoParent.Core.Measures;
using static CoParent.Core.Tests.Measures.Histories;

namespace CoParent.Core.Tests.Identity;

public sealed class IdentityMeasuresTests
{
    private static readonly MeasurePeriod Year = MeasurePeriod.YearToMarch(2026); // 1 April 2025 to 31 March 2026

    private static IdentityChild Fostered(int id, string ethnicity, string? religion, int? household, string since = "2024-01-01") =>
        new(id, ethnicity, religion, [Episode(since, place: "U4")], household);

    [Theory]
    [InlineData("WBRI", false)]
    [InlineData("WIRI", false)]
    [InlineData("WOTH", false)]
    [InlineData("WIRT", true)]
    [InlineData("WROM", true)]
    [InlineData("MWBC", true)]
    [InlineData("bafr", true)]
    [InlineData("CHNE", true)]
    [InlineData("REFU", false)]
    [InlineData("NOBT", false)]
    [InlineData("XXXX", false)]
    public void IsMinorityEthnic_FollowsTheDfeCodes(string code, bool expected) =>
        Assert.Equal(expected, IdentityMeasures.IsMinorityEthnic(code));

    [Theory]
    [InlineData("BAFR", "BCRB", null, true)]   // both Black
    [InlineData("AIND", "WBRI", "APKN", true)] // the second ethnicity is Asian
    [InlineData("MWBC", "BCRB", null, false)]  // Mixed and Black are different DfE groups
    [InlineData("WROM", "WBRI", null, false)]  // a Roma child needs Roma carers, not any White household
    [InlineData("WROM", "WROM", null, true)]
    [InlineData("BAFR", "NOBT", null, false)]
    [InlineData("WBRI", "WBRI", null, false)]  // not a minority ethnic child, so never "matched"
    public void SameEthnicBackground_ComparesDfeGroups(string child, string main, string? second, bool expected) =>
        Assert.Equal(expected, IdentityMeasures.SameEthnicBackground(child, new HouseholdFacts(1, main, second, null)));

    [Theory]
    [InlineData("Muslim", "muslim", true)]
    [InlineData("Roman Catholic", "Christian", true)]
    [InlineData("No religion", "No religion", false)]
    [InlineData("Prefers not to say", "Prefers not to say", false)]
    [InlineData(null, "Christian", false)]
    [InlineData("Sikh", "Hindu", false)]
    public void Religions_Shared_OnlyForTheSameFaith(string? child, string? carer, bool expected) =>
        Assert.Equal(expected, Religions.Shared(child, carer));

    [Fact]
    public void Calculate_BameFosterMatch_CountsHouseholdsRecordedOnly()
    {
        // Households: 1 Black African, Christian; 2 White British, Muslim; 3 White British, no religion.
        HouseholdFacts[] households = [new(1, "BAFR", null, "Christian"), new(2, "WBRI", null, "Muslim"), new(3, "WBRI", null, "No religion")];
        IdentityChild[] children =
        [
            Fostered(1, "BCRB", null, 1),               // Black with Black carers: matched
            Fostered(2, "APKN", "Muslim", 2),           // Asian, Muslim with Muslim carers: matched on faith
            Fostered(3, "MWAS", "No religion", 3),      // Mixed with White British, no religion: not matched
            Fostered(4, "BAFR", "Christian", null),     // no household recorded: left out, counted apart
            Fostered(5, "WBRI", "Christian", 1),        // White British: not in the measure
            Fostered(6, "NOBT", null, 1),               // ethnicity not known: not in the measure
            new(7, "BAFR", null, [Episode("2024-01-01", place: "K2")], null), // children's home: not fostered
            new(8, "BAFR", null, [Episode("2024-01-01", dec: "2025-12-01", place: "U4", rec: "E13")], 1), // left care before the end
        ];

        var results = IdentityMeasures.Calculate(children, households, [], [], Year);

        // Numerator 2 (children 1 and 2) of denominator 3 (children 1, 2, 3): 2 / 3 = 66.7%.
        var matched = results.Single(m => m.Id == "identity.bame-foster-matched");
        Assert.Equal((2, 3, 66.7m), (matched.Numerator, matched.Denominator, matched.Value));
        Assert.Equal([1, 2], matched.ChildIds);
        var notRecorded = results.Single(m => m.Id == "identity.bame-foster-household-not-recorded");
        Assert.Equal([4], notRecorded.ChildIds);
    }

    [Fact]
    public void Calculate_LifeStories_CompletedAmongChildrenInCareAYear_AndFeelingsFromTheLatestAnswer()
    {
        IdentityChild[] children =
        [
            Fostered(1, "WBRI", null, null, since: "2023-05-01"),  // in care 12 months+: completed 2025-02-01
            Fostered(2, "WBRI", null, null, since: "2024-06-01"),  // 12 months+: started, not completed
            Fostered(3, "WBRI", null, null, since: "2025-03-31"),  // in care exactly a year on 31 March 2026: counts
            Fostered(4, "WBRI", null, null, since: "2025-09-01"),  // under a year: not in the denominator
            Fostered(5, "WBRI", null, null, since: "2024-01-01"),  // 12 months+: completed only after the period
        ];
        LifeStoryFacts[] stories =
        [
            new(1, D("2024-01-01"), D("2025-02-01"), D("2026-02-01"), LifeStoryFeeling.Happy),
            new(2, D("2025-01-01"), null, null, null),
            new(3, D("2025-06-01"), D("2026-01-10"), null, LifeStoryFeeling.NotHappy),
            new(4, D("2025-10-01"), D("2026-03-01"), null, LifeStoryFeeling.Happy),
            new(5, D("2024-02-01"), D("2026-05-01"), null, LifeStoryFeeling.Ok),  // answered after the period: not counted
        ];

        var results = IdentityMeasures.Calculate(children, [], stories, [], Year);

        // Denominator: children 1, 2, 3, 5 (4 is under a year). Completed by 31 March 2026: 1 and 3. 2 / 4 = 50%.
        var completed = results.Single(m => m.Id == "identity.life-story-completed");
        Assert.Equal((2, 4, 50m), (completed.Numerator, completed.Denominator, completed.Value));
        // Answers up to the period's end: 1 happy, 3 not happy, 4 happy (3 answers; 5 answered later). Happy 2 / 3 = 66.7%.
        var happy = results.Single(m => m.Id == "identity.life-story-feeling.happy");
        Assert.Equal((2, 3, 66.7m), (happy.Numerator, happy.Denominator, happy.Value));
        Assert.Equal(1, results.Single(m => m.Id == "identity.life-story-feeling.not-happy").Numerator);
        Assert.Equal(0, results.Single(m => m.Id == "identity.life-story-feeling.ok").Numerator);
    }

    [Fact]
    public void Calculate_LaterLifeLetters_CountsLettersWrittenInThePeriod()
    {
        LetterFacts[] letters = [new(1, D("2025-04-01")), new(1, D("2026-03-31")), new(2, D("2025-03-31")), new(3, D("2026-04-01"))];

        var letter = IdentityMeasures.Calculate([], [], [], letters, Year).Single(m => m.Id == "identity.later-life-letters");

        // 1 April 2025 and 31 March 2026 are in the period; 31 March 2025 and 1 April 2026 are not: 2 letters, 1 child.
        Assert.Equal(2, letter.Value);
        Assert.Equal([1], letter.ChildIds);
    }
}

public sealed class LifeStoryRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly Born = new(2015, 1, 1);

    [Fact]
    public void Check_LifeStoryCompletedBeforeItStarted_IsAnErrorOnCompleted()
    {
        var work = new LifeStoryWork { Started = new(2026, 5, 1), Completed = new(2026, 4, 1) };

        var errors = LifeStoryRules.Check(work, Born, Today);

        Assert.Equal([nameof(LifeStoryWork.Completed)], errors.Select(e => e.Field));
    }

    [Fact]
    public void Check_FeelingWithoutACompletionOrReview_IsAnErrorOnFeeling()
    {
        var work = new LifeStoryWork { Started = new(2026, 5, 1), Feeling = LifeStoryFeeling.Happy };

        Assert.Equal([nameof(LifeStoryWork.Feeling)], LifeStoryRules.Check(work, Born, Today).Select(e => e.Field));
    }

    [Fact]
    public void Check_LetterGivenWithoutSayingToWhom_IsAnErrorOnGivenTo()
    {
        var letter = new LaterLifeLetter { Written = new(2026, 1, 1), WrittenBy = "Social worker", Given = new(2026, 2, 1) };

        Assert.Equal([nameof(LaterLifeLetter.GivenTo)], LifeStoryRules.Check(letter, Born, Today).Select(e => e.Field));
    }

    [Fact]
    public void Check_LifePlanAgreedInTheFuture_IsAnErrorOnAgreed()
    {
        var plan = new LifePlan { Agreed = Today.AddDays(1) };

        Assert.Equal([nameof(LifePlan.Agreed)], LifeStoryRules.Check(plan, Born, Today).Select(e => e.Field));
    }
}
