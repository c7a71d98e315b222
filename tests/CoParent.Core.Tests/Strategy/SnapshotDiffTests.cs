using CoParent.Core.Strategy;

namespace CoParent.Core.Tests.Strategy;

public sealed class SnapshotDiffTests
{
    private static ScorecardLine Line(string id, decimal? value, int numerator, int denominator,
        decimal? target = 75, RagRating rag = RagRating.Green, string definition = "Out of all children in care") =>
        new(id, id, definition, "%", 5, 5, MeasureDirection.HigherIsBetter, value, numerator, denominator, target, 5, rag, "src/x.cs");

    // Hand-worked: frozen in July, 89 of 125 children (71.2%) had had the same carers for 2 years; a late correction
    // to one child's placement dates makes it 88 of 125 (70.4%), still green against 70%. Nothing else changed.
    [Fact]
    public void Compare_OneCorrectedRecord_ReportsOnlyThatMeasuresValueAndNumerator()
    {
        // Arrange
        var older = new[] { Line("stability.long-term", 71.2m, 89, 125, target: 70), Line("placement.over-20-miles", 12m, 15, 125) };
        var newer = new[] { Line("stability.long-term", 70.4m, 88, 125, target: 70), Line("placement.over-20-miles", 12m, 15, 125) };

        // Act
        var changes = SnapshotDiff.Compare(older, newer);

        // Assert
        var change = Assert.Single(changes);
        Assert.Equal("stability.long-term", change.MeasureId);
        Assert.Equal(71.2m, change.Older!.Value);
        Assert.Equal(70.4m, change.Newer!.Value);
        Assert.True(change.ValueChanged);
        Assert.True(change.NumeratorChanged);
        Assert.False(change.DenominatorChanged);
        Assert.False(change.TargetChanged);
        Assert.False(change.RagChanged);
        Assert.False(change.DefinitionChanged);
    }

    [Fact]
    public void Compare_NewTargetTurnsItAmber_ReportsTargetAndRatingButNotTheFigure()
    {
        var changes = SnapshotDiff.Compare(
            [Line("stability.long-term", 71.2m, 89, 125, target: 70, rag: RagRating.Green)],
            [Line("stability.long-term", 71.2m, 89, 125, target: 75, rag: RagRating.Amber)]);

        var change = Assert.Single(changes);
        Assert.True(change.TargetChanged);
        Assert.True(change.RagChanged);
        Assert.False(change.ValueChanged);
    }

    [Fact]
    public void Compare_RewordedDefinition_ReportsTheDefinition()
    {
        var change = Assert.Single(SnapshotDiff.Compare(
            [Line("a", 50, 1, 2, definition: "Old words")], [Line("a", 50, 1, 2, definition: "New words")]));

        Assert.True(change.DefinitionChanged);
        Assert.False(change.ValueChanged);
    }

    [Fact]
    public void Compare_MeasureAddedAndMeasureGone_ReportsBoth()
    {
        var changes = SnapshotDiff.Compare([Line("old", 10, 1, 10)], [Line("new", 20, 2, 10)]);

        Assert.Collection(changes,
            added => { Assert.Equal("new", added.MeasureId); Assert.True(added.Added); },
            removed => { Assert.Equal("old", removed.MeasureId); Assert.True(removed.Removed); });
    }

    [Fact]
    public void Compare_IdenticalScorecards_HasNoChanges() =>
        Assert.Empty(SnapshotDiff.Compare([Line("a", 50, 1, 2)], [Line("a", 50, 1, 2)]));
}
