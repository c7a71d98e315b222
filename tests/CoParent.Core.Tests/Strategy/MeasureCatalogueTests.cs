using CoParent.Core.Strategy;

namespace CoParent.Core.Tests.Strategy;

public sealed class MeasureCatalogueTests
{
    [Fact]
    public void All_ListsEachIdOnce()
    {
        var repeated = MeasureCatalogue.All.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(repeated);
    }

    [Fact]
    public void All_PlacesEveryMeasureInOneOfTheSevenOutcomes()
    {
        Assert.All(MeasureCatalogue.All, m => Assert.InRange(m.Outcome, 1, 7));
    }

    [Fact]
    public void Find_AnIdWithItsOwnLine_ReturnsThatLineRatherThanTheFamily()
    {
        var info = MeasureCatalogue.Find("identity.life-story-feeling.happy");

        Assert.Equal("identity.life-story-feeling.happy", info?.Id);
        Assert.Equal(MeasureDirection.HigherIsBetter, info?.Direction);
    }

    [Fact]
    public void Find_AFamilyMember_ReturnsTheMostSpecificFamily()
    {
        // "leaving-care.eet.16-17-in-care" has its own line (Outcome 6); other EET figures are the care leavers' family (Outcome 7).
        Assert.Equal(6, MeasureCatalogue.Find("leaving-care.eet.16-17-in-care")?.Outcome);
        Assert.Equal("leaving-care.eet.*", MeasureCatalogue.Find("leaving-care.eet.19-21")?.Id);
        Assert.Equal("attainment.*", MeasureCatalogue.Find("attainment.ks4.attainment8")?.Id);
    }

    [Fact]
    public void Find_AnIdNoLineCovers_ReturnsNull()
    {
        Assert.Null(MeasureCatalogue.Find("no.such.measure"));
        Assert.Null(MeasureCatalogue.Find("reviews.on-time.extra"));
    }

    [Fact]
    public void CodePath_OfEveryLine_IsAFileInTheRepository()
    {
        var root = RepositoryRoot();

        var missing = MeasureCatalogue.All.Select(m => m.CodePath).Distinct().Where(p => !File.Exists(Path.Combine(root, p)));

        Assert.Empty(missing);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CoParent.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository");
    }
}
