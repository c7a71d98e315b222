using CoParent.Core.Safety;

namespace CoParent.Core.Tests.Safety;

public class ReturnConversationRulesTests
{
    private static MissingEpisode Returned(DateOnly end, TimeOnly? time) => new()
    {
        ChildId = 1, Kind = "M", Start = new DateOnly(2026, 11, 18), StartTime = new TimeOnly(21, 0), End = end, EndTime = time,
    };

    private static DateTime At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0);

    [Fact]
    public void Deadline_ReturnWithTime_Is72HoursLater()
    {
        // Back Thursday 19 November at 07:30; 72 hours is 3 days: Sunday 22 November at 07:30.
        var episode = Returned(new DateOnly(2026, 11, 19), new TimeOnly(7, 30));

        Assert.Equal(At(22, 7, 30), ReturnConversationRules.Deadline(episode));
    }

    [Fact]
    public void Deadline_ReturnWithoutTime_CountsFromTheEndOfTheReturnDay()
    {
        // Back on 19 November, time not known: the clock starts at midnight ending that day (20 November 00:00),
        // so the 72 hours run out at 23 November 00:00.
        var episode = Returned(new DateOnly(2026, 11, 19), null);

        Assert.Equal(At(23, 0), ReturnConversationRules.Deadline(episode));
    }

    [Fact]
    public void Status_StillMissing_HasNoDeadline()
    {
        var episode = new MissingEpisode { ChildId = 1, Kind = "M", Start = new DateOnly(2026, 11, 20) };

        Assert.Equal(ReturnConversationStatus.StillMissing, ReturnConversationRules.Status(episode, At(23, 10)));
        Assert.Null(ReturnConversationRules.HoursLeft(episode, At(23, 10)));
    }

    [Fact]
    public void Status_NotHeldInsideThe72Hours_IsDueWithHoursLeft()
    {
        // Back 21 November 18:00, deadline 24 November 18:00. At 23 November 10:00 that is 32 hours away.
        var episode = Returned(new DateOnly(2026, 11, 21), new TimeOnly(18, 0));

        Assert.Equal(ReturnConversationStatus.Due, ReturnConversationRules.Status(episode, At(23, 10)));
        Assert.Equal(32, ReturnConversationRules.HoursLeft(episode, At(23, 10)));
    }

    [Fact]
    public void Status_NotHeldAfterThe72Hours_IsOverdue()
    {
        // Back 19 November 07:30, deadline 22 November 07:30; at 23 November 10:00 it has passed.
        var episode = Returned(new DateOnly(2026, 11, 19), new TimeOnly(7, 30));

        Assert.Equal(ReturnConversationStatus.Overdue, ReturnConversationRules.Status(episode, At(23, 10)));
        Assert.Equal(0, ReturnConversationRules.HoursLeft(episode, At(23, 10)));
    }

    [Fact]
    public void Status_HeldExactlyAtTheDeadline_IsInTime()
    {
        // Back 19 November 07:30; held 22 November 07:30, exactly 72 hours later.
        var episode = Returned(new DateOnly(2026, 11, 19), new TimeOnly(7, 30));
        episode.ConversationOfferedOn = new DateOnly(2026, 11, 19);
        episode.ConversationOfferedTime = new TimeOnly(12, 0);
        episode.ConversationHeldOn = new DateOnly(2026, 11, 22);
        episode.ConversationHeldTime = new TimeOnly(7, 30);

        Assert.Equal(ReturnConversationStatus.HeldInTime, ReturnConversationRules.Status(episode, At(23, 10)));
        Assert.True(ReturnConversationRules.OfferedInTime(episode));
        Assert.True(ReturnConversationRules.HeldInTime(episode));
    }

    [Fact]
    public void Status_HeldOneMinuteLate_IsHeldLate()
    {
        // Deadline 22 November 07:30; held 07:31.
        var episode = Returned(new DateOnly(2026, 11, 19), new TimeOnly(7, 30));
        episode.ConversationOfferedOn = new DateOnly(2026, 11, 19);
        episode.ConversationOfferedTime = new TimeOnly(12, 0);
        episode.ConversationHeldOn = new DateOnly(2026, 11, 22);
        episode.ConversationHeldTime = new TimeOnly(7, 31);

        Assert.Equal(ReturnConversationStatus.HeldLate, ReturnConversationRules.Status(episode, At(23, 10)));
        Assert.True(ReturnConversationRules.OfferedInTime(episode));
        Assert.False(ReturnConversationRules.HeldInTime(episode));
    }

    [Fact]
    public void Status_Declined_IsDeclinedAndNotHeldInTime()
    {
        var episode = Returned(new DateOnly(2026, 11, 19), new TimeOnly(7, 30));
        episode.ConversationOfferedOn = new DateOnly(2026, 11, 20);
        episode.ConversationOfferedTime = new TimeOnly(9, 0);
        episode.ConversationDeclined = true;

        Assert.Equal(ReturnConversationStatus.Declined, ReturnConversationRules.Status(episode, At(23, 10)));
        Assert.True(ReturnConversationRules.OfferedInTime(episode));
        Assert.False(ReturnConversationRules.HeldInTime(episode));
    }

    [Fact]
    public void OfferedInTime_DateOnlyOnTheLastDay_CountsAtTheEndOfThatDay()
    {
        // Back 19 November 07:30, deadline 22 November 07:30. An offer dated 22 November with no time counts at
        // 23 November 00:00, after the deadline: not in time. The same offer dated 21 November is in time.
        var episode = Returned(new DateOnly(2026, 11, 19), new TimeOnly(7, 30));
        episode.ConversationOfferedOn = new DateOnly(2026, 11, 22);
        Assert.False(ReturnConversationRules.OfferedInTime(episode));

        episode.ConversationOfferedOn = new DateOnly(2026, 11, 21);
        Assert.True(ReturnConversationRules.OfferedInTime(episode));
    }
}
