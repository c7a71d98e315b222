using CoParent.Core.Strategy;

namespace CoParent.Core.Tests.Strategy;

public sealed class DeliveryActionTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(ActionStatus.NotStarted, "2026-11-22", true)]
    [InlineData(ActionStatus.OnTrack, "2026-11-22", true)]
    [InlineData(ActionStatus.AtRisk, "2025-03-31", true)]
    [InlineData(ActionStatus.OffTrack, "2026-11-22", true)]
    [InlineData(ActionStatus.OnTrack, "2026-11-23", false)] // due today is not yet late
    [InlineData(ActionStatus.OnTrack, "2027-03-31", false)]
    [InlineData(ActionStatus.Complete, "2026-11-22", false)] // finished late is finished, not overdue
    public void IsOverdue_ByStatusAndDueDate(ActionStatus status, string due, bool expected)
    {
        var action = new DeliveryAction { Status = status, DueOn = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture) };

        var overdue = action.IsOverdue(Today);

        Assert.Equal(expected, overdue);
    }

    [Fact]
    public void IsOverdue_WithNoDueDate_IsNeverOverdue()
    {
        var action = new DeliveryAction { Status = ActionStatus.OffTrack, DueOn = null };

        Assert.False(action.IsOverdue(Today));
    }

    [Fact]
    public void Describe_EveryStatus_HasWordsThePanelUses()
    {
        var words = Enum.GetValues<ActionStatus>().Select(DeliveryAction.Describe).ToList();

        Assert.Equal(["Not started", "On track", "At risk", "Off track", "Complete"], words);
    }
}
