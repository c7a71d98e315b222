using CoParent.Core.Strategy;
using CoParent.Data.Strategy;
using CoParent.Web.Features.Strategy;

namespace CoParent.Web.Tests.Features.Strategy;

public sealed class StrategyDiffTests
{
    private static readonly StrategyDocument Before = StrategyStore.Default;

    [Fact]
    public void Compare_SameDocument_FindsNoChanges()
    {
        var changes = StrategyDiff.Compare(Before, Before with { });

        Assert.Empty(changes);
    }

    [Fact]
    public void Compare_FirstVersion_HasNothingToCompareWith()
    {
        var changes = StrategyDiff.Compare(null, Before);

        Assert.Empty(changes);
    }

    [Fact]
    public void Compare_OutcomeTitleReworded_ListsTheFieldWithOldAndNew()
    {
        var outcome = Before.Outcome(4)!;
        var after = Before with { Outcomes = [.. Before.Outcomes.Select(o => o.Number == 4 ? o with { Title = "Happy, healthy and safe, in the council's words" } : o)] };

        var change = Assert.Single(StrategyDiff.Compare(Before, after));

        Assert.Equal(new StrategyChange("Outcome 4 title", outcome.Title, "Happy, healthy and safe, in the council's words"), change);
    }

    [Fact]
    public void Compare_SubPromiseChangedAddedAndRemoved_ListsEachByNumber()
    {
        var promise = Before.Promise(1)!;
        var subs = promise.SubPromises.Skip(1).Select(s => s.Number == "1.2" ? s with { Text = "Never treat you differently" } : s)
            .Append(new PledgeSubPromise("1.7", "Celebrate what you achieve")).ToList();
        var after = Before with { Pledge = [.. Before.Pledge.Select(p => p.Number == 1 ? p with { SubPromises = subs } : p)] };

        var changes = StrategyDiff.Compare(Before, after);

        Assert.Equal(
        [
            new StrategyChange("Sub-promise 1.2", promise.SubPromises[1].Text, "Never treat you differently"),
            new StrategyChange("Sub-promise 1.7", null, "Celebrate what you achieve"),
            new StrategyChange("Sub-promise 1.1", promise.SubPromises[0].Text, null),
        ], changes);
    }

    [Fact]
    public void Compare_TitleDatesAttributeAndThemeChanged_ListsEveryField()
    {
        var after = Before with
        {
            Title = "Co-Parenting Strategy 2027-32",
            EndsOn = new DateOnly(2032, 3, 31),
            Attributes = [.. Before.Attributes.Select(a => a.Number == 2 ? a with { Text = "Be ambitious for them" } : a)],
            CovenantThemes = [.. Before.CovenantThemes.Where(c => c.Number != 1)],
        };

        var fields = StrategyDiff.Compare(Before, after).Select(c => c.Field).ToList();

        Assert.Equal(["Title", "Ends on", "Attribute 2", "Covenant theme 1"], fields);
    }
}
