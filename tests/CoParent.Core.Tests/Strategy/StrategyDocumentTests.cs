using CoParent.Core.Strategy;

namespace CoParent.Core.Tests.Strategy;

public sealed class StrategyDocumentTests
{
    private static StrategyDocument Minimal() => new(
        "Strategy", new DateOnly(2022, 4, 1), new DateOnly(2027, 3, 31),
        [new StrategyPriority(1, "Self", "")],
        [new StrategyOutcome(3, "Proud", "", 1, 1)],
        [new PledgePromise(1, "Cared about", "", [new PledgeSubPromise("1.1", "Believe in you")])],
        [new GoodParentAttribute(1, "Listen")], [new CovenantTheme(1, "Finance", "")], [new SeedAction(3, "Welcome pack")]);

    [Fact]
    public void Validate_AConsistentStrategy_HasNoErrors() => Assert.Empty(Minimal().Validate());

    [Fact]
    public void Validate_NamesLinksToNothingAndRepeatedNumbers()
    {
        var broken = Minimal() with
        {
            Outcomes = [new StrategyOutcome(3, "Proud", "", 9, 8), new StrategyOutcome(3, "Again", "", null, 1)],
            Actions = [new SeedAction(5, "Orphan")],
        };

        var errors = broken.Validate();

        Assert.Contains("There is more than one outcome numbered 3", errors);
        Assert.Contains("Outcome 3 names priority 9, which the strategy does not have", errors);
        Assert.Contains("Outcome 3 names pledge promise 8, which the strategy does not have", errors);
        Assert.Contains("The action \"Orphan\" names outcome 5, which the strategy does not have", errors);
    }

    [Fact]
    public void Parse_RoundTripsThroughJson()
    {
        var (document, errors) = StrategyDocument.Parse(Minimal().ToJson());
        Assert.Empty(errors);
        Assert.Equal("Believe in you", document!.Promise(1)!.SubPromises[0].Text);
    }

    [Fact]
    public void Parse_NotJson_SaysSo()
    {
        var (document, errors) = StrategyDocument.Parse("{ not json");
        Assert.Null(document);
        Assert.StartsWith("The file is not a strategy in the expected JSON form", Assert.Single(errors));
    }

    [Fact]
    public void TheRepositorysStrategy_HasTheStrategysShape()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "CoParent.slnx"))) root = root.Parent!;
        var (document, errors) = StrategyDocument.Parse(File.ReadAllText(Path.Combine(root.FullName, "src/CoParent.Data/Strategy/co-parenting-strategy-2022-27.json")));

        Assert.Empty(errors);
        Assert.Equal(5, document!.Priorities.Count);
        Assert.Equal(7, document.Outcomes.Count);
        Assert.Equal(7, document.Pledge.Count);
        Assert.Equal(10, document.Attributes.Count);
        Assert.Equal(5, document.CovenantThemes.Count);
        // Outcomes 3 to 7 serve Priorities 1 to 5; each Outcome's promise as the strategy pairs them.
        Assert.Equal([null, null, 1, 2, 3, 4, 5], document.Outcomes.OrderBy(o => o.Number).Select(o => o.Priority));
        Assert.Equal([3, 6, 1, 2, 4, 5, 7], document.Outcomes.OrderBy(o => o.Number).Select(o => o.PledgePromise));
        Assert.All(Enumerable.Range(1, 7), n => Assert.Contains(document.Actions, a => a.Outcome == n));
    }
}
