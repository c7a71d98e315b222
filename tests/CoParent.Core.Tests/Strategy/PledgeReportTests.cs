using CoParent.Core.Measures;
using CoParent.Core.Strategy;

namespace CoParent.Core.Tests.Strategy;

public sealed class PledgeReportTests
{
    private static readonly MeasurePeriod Year = MeasurePeriod.YearToMarch(2026);

    private static MeasureResult Percent(string id, int numerator, int denominator) =>
        new(id, "A measure", "A definition", denominator == 0 ? null : Math.Round(numerator * 100m / denominator, 1),
            numerator, denominator, MeasureUnits.Percent, []);

    [Fact]
    public void Sentence_83Of100HadAHealthCheck_SaysEightInEveryTen() =>
        Assert.Equal("8 in every 10 children in care for a year or more had a health check.",
            PledgeReport.Sentence(Percent("health.annual-check", 83, 100)));

    [Fact]
    public void Sentence_85Of100_RoundsHalfUpToNineInEveryTen() =>
        Assert.StartsWith("9 in every 10 ", PledgeReport.Sentence(Percent("health.annual-check", 85, 100)));

    [Theory]
    [InlineData(3, 100)]
    [InlineData(3, 4)]
    [InlineData(1, 1)]
    [InlineData(5, 40)]
    public void Sentence_NumeratorOneToFive_SaysAFewAndNoNumber(int numerator, int denominator)
    {
        var sentence = PledgeReport.Sentence(Percent("health.annual-check", numerator, denominator));

        Assert.Equal("A few children in care for a year or more had a health check.", sentence);
    }

    [Fact]
    public void Sentence_NoFigure_GivesNoSentence() =>
        Assert.Null(PledgeReport.Sentence(Percent("health.annual-check", 0, 0)));

    [Fact]
    public void Sentence_NoneOfFewerThanSix_GivesNoSentence() =>
        Assert.Null(PledgeReport.Sentence(Percent("health.annual-check", 0, 4)));

    [Fact]
    public void Sentence_NoneOfTwenty_SaysNoneOfThe() =>
        Assert.Equal("None of the children in care for a year or more had a health check.", PledgeReport.Sentence(Percent("health.annual-check", 0, 20)));

    [Fact]
    public void Sentence_AllOfTwenty_SaysAllOfThe() =>
        Assert.StartsWith("All of the children in care", PledgeReport.Sentence(Percent("health.annual-check", 20, 20)));

    // 97% would round to "10 in every 10", which is not true: near the ends the sentence gives whole percentages.
    [Theory]
    [InlineData(97, 100, "97 in every 100 ")]
    [InlineData(30, 1000, "3 in every 100 ")]
    [InlineData(999, 1000, "99 in every 100 ")]
    public void Sentence_NearNoneOrAll_SaysWholePercentages(int numerator, int denominator, string expected) =>
        Assert.StartsWith(expected, PledgeReport.Sentence(Percent("health.annual-check", numerator, denominator)));

    [Fact]
    public void Sentence_MeasureWithNoBetterDirection_GivesNoSentence()
    {
        var context = Percent("health.sdq.borderline", 40, 100);

        Assert.Null(PledgeReport.Sentence(context, new PledgeWording("health.sdq.borderline", "children", "had a borderline score")));
    }

    [Fact]
    public void Sentence_MeasureWithNoWording_GivesNoSentence() =>
        Assert.Null(PledgeReport.Sentence(Percent("placement.over-20-miles", 40, 100)));

    [Fact]
    public void Wordings_EachIsACataloguedMeasureWithADirection()
    {
        foreach (var wording in PledgeReport.Wordings)
        {
            var info = MeasureCatalogue.Find(wording.MeasureId);
            Assert.True(info is { Direction: not MeasureDirection.NoDirection }, $"{wording.MeasureId} is not a measure with a better direction");
        }
    }

    [Fact]
    public void Wordings_UseNoneOfTheWordsChildrenDoNotUse()
    {
        string[] jargon = ["measure", "RAG", "cohort", "numerator", "KPI", "percentage"];
        foreach (var wording in PledgeReport.Wordings)
        {
            Assert.DoesNotContain(jargon, j => (wording.Who + " " + wording.What).Contains(j, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Build_ActionsOnTrackOrFinishedThisYear_ShowUnderThePromiseTheirOutcomeServes()
    {
        var strategy = TestStrategy();
        DeliveryAction Action(int id, string title, ActionStatus status, DateTime updated) =>
            new() { Id = id, Outcome = 4, Title = title, Status = status, UpdatedAtUtc = updated };
        var actions = new[]
        {
            Action(1, "Better mental health support", ActionStatus.OnTrack, new DateTime(2024, 1, 1)),
            Action(2, "Health passports for care leavers", ActionStatus.Complete, new DateTime(2025, 6, 1)),
            Action(3, "Finished long ago", ActionStatus.Complete, new DateTime(2024, 6, 1)),
            Action(4, "Not begun", ActionStatus.NotStarted, new DateTime(2025, 6, 1)),
            Action(5, "Struggling", ActionStatus.AtRisk, new DateTime(2025, 6, 1)),
        };

        var page = PledgeReport.Build(strategy, actions, [], Year, Year.From);

        var health = Assert.Single(page.Promises, p => p.Number == 2);
        Assert.Equal(["Better mental health support"], health.Doing);
        Assert.Equal(["Health passports for care leavers"], health.Finished);
        Assert.All(page.Promises.Where(p => p.Number != 2), p => Assert.Empty(p.Doing.Concat(p.Finished)));
    }

    [Fact]
    public void Build_Figures_GoToTheirPromiseAtMostThreeEach()
    {
        var strategy = TestStrategy();
        var figures = new[]
        {
            Percent("health.annual-check", 83, 100), Percent("health.dental", 70, 100),
            Percent("health.immunisations", 90, 100), Percent("safety.missing.children", 3, 100),
            Percent("voice.question.listened-to", 16, 20),
        };

        var page = PledgeReport.Build(strategy, [], figures, Year, Year.From);

        Assert.Equal(3, page.Promises.Single(p => p.Number == 2).Figures.Count);
        Assert.Equal(["8 in every 10 children and young people who answered our survey said they always feel listened to about their care."],
            page.Promises.Single(p => p.Number == 6).Figures);
        Assert.Equal(7, page.Promises.Count);
        Assert.Equal(["Help you feel safe where you live", "Help you get support for your physical, emotional and mental health",
            "Help you learn how to keep yourself safe once you leave care"], page.Promises.Single(p => p.Number == 2).WeSaid);
    }

    private static StrategyDocument TestStrategy()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "CoParent.slnx"))) root = root.Parent!;
        return StrategyDocument.Parse(File.ReadAllText(Path.Combine(root.FullName, "src/CoParent.Data/Strategy/co-parenting-strategy-2022-27.json"))).Document!;
    }
}
