using CoParent.Core.Measures;
using CoParent.Core.Strategy;

namespace CoParent.Core.Tests.Strategy;

public sealed class ScorecardTests
{
    private static readonly StrategyDocument Strategy = new(
        "Test strategy", new DateOnly(2022, 4, 1), new DateOnly(2027, 3, 31),
        [new StrategyPriority(2, "Health", "")],
        [new StrategyOutcome(4, "Happy, healthy and safe", "", 2, 2)],
        [new PledgePromise(2, "Safe, healthy and well", "", [])],
        [], [], []);

    [Fact]
    public void Build_PlacesFigureInItsOutcomeAndPromise_AndRatesAgainstTarget()
    {
        // 83 of 100 children's health assessments up to date, against a target of 90 with 5 points' tolerance: red.
        var figure = new MeasureResult("health.annual-check", "Health assessments up to date", "def", 83m, 83, 100, MeasureUnits.Percent, []);
        var targets = new Dictionary<string, MeasureTarget> { ["health.annual-check"] = new() { MeasureId = "health.annual-check", Target = 90, Tolerance = 5 } };

        var line = Assert.Single(Scorecard.Build([figure], Strategy, targets));

        Assert.Equal(4, line.Outcome);
        Assert.Equal(2, line.PledgePromise);
        Assert.Equal(MeasureDirection.HigherIsBetter, line.Direction);
        Assert.Equal(RagRating.Red, line.Rag);
        Assert.Equal("src/CoParent.Core/Health/HealthMeasures.cs", line.Code);
    }

    [Fact]
    public void Build_LeavesOffFiguresOfOutcomesTheStrategyDoesNotHave()
    {
        var figure = new MeasureResult("education.attendance", "School attendance", "def", 93m, 930, 1000, MeasureUnits.Percent, []);
        Assert.Empty(Scorecard.Build([figure], Strategy, new Dictionary<string, MeasureTarget>()));
    }

    [Fact]
    public void Catalogue_FamilyEntryCoversItsMembers_ExactEntryWins()
    {
        Assert.Equal("reviews.participation.*", MeasureCatalogue.Find("reviews.participation.PN3")!.Id);
        Assert.Equal("reviews.participation", MeasureCatalogue.Find("reviews.participation")!.Id);
        Assert.Equal("leaving-care.eet.16-17-in-care", MeasureCatalogue.Find("leaving-care.eet.16-17-in-care")!.Id);
        Assert.Equal(7, MeasureCatalogue.Find("leaving-care.eet.19-21")!.Outcome);
        Assert.Null(MeasureCatalogue.Find("no.such.measure"));
    }

    [Fact]
    public void Catalogue_EveryCodePathIsARealFile()
    {
        var root = RepositoryRoot();
        foreach (var info in MeasureCatalogue.All) Assert.True(File.Exists(Path.Combine(root, info.CodePath)), info.CodePath);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoParent.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Not run from a checkout");
    }
}
