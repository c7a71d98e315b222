using System.Text.Json.Serialization;

namespace CoParent.Core.Safety;

/// <summary>Where a missing episode's return conversation stands on a given date and time.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReturnConversationStatus>))]
public enum ReturnConversationStatus
{
    /// <summary>The child has not come back yet: the 72 hours have not started.</summary>
    StillMissing,
    /// <summary>Back, not yet held, and still inside the 72 hours.</summary>
    Due,
    /// <summary>Back, not held, and the 72 hours have passed.</summary>
    Overdue,
    HeldInTime,
    HeldLate,
    /// <summary>Offered, and the child said no.</summary>
    Declined,
}

/// <summary>
/// The return conversation ("Missing Chat") timescale. The statutory guidance on children who run away or go
/// missing from home or care (DfE, 2014) asks that a return home interview is offered, and normally held, within
/// 72 hours of the child's return. All times are UK clock times as a worker records them.
/// <para>
/// An unknown time counts as the end of its day. So a return with no time starts the 72 hours at midnight
/// at the end of the return day (the day is certain, the hour is not, and no conversation is marked late because
/// a time was left blank), and a conversation recorded with a date only counts as held at the end of that day.
/// </para>
/// </summary>
public static class ReturnConversationRules
{
    public static readonly TimeSpan Timescale = TimeSpan.FromHours(72);

    /// <summary>When the child came back, or null while still missing.</summary>
    public static DateTime? ReturnedAt(MissingEpisode episode) => At(episode.End, episode.EndTime);

    /// <summary>When the 72 hours run out, or null while still missing.</summary>
    public static DateTime? Deadline(MissingEpisode episode) => ReturnedAt(episode) + Timescale;

    public static DateTime? OfferedAt(MissingEpisode episode) => At(episode.ConversationOfferedOn, episode.ConversationOfferedTime);

    public static DateTime? HeldAt(MissingEpisode episode) => At(episode.ConversationHeldOn, episode.ConversationHeldTime);

    public static bool OfferedInTime(MissingEpisode episode) =>
        Deadline(episode) is { } deadline && OfferedAt(episode) is { } offered && offered <= deadline;

    public static bool HeldInTime(MissingEpisode episode) =>
        !episode.ConversationDeclined && Deadline(episode) is { } deadline && HeldAt(episode) is { } held && held <= deadline;

    public static ReturnConversationStatus Status(MissingEpisode episode, DateTime now)
    {
        if (Deadline(episode) is not { } deadline) return ReturnConversationStatus.StillMissing;
        if (episode.ConversationDeclined) return ReturnConversationStatus.Declined;
        if (HeldAt(episode) is { } held) return held <= deadline ? ReturnConversationStatus.HeldInTime : ReturnConversationStatus.HeldLate;
        return now <= deadline ? ReturnConversationStatus.Due : ReturnConversationStatus.Overdue;
    }

    /// <summary>Whole hours left before the 72 hours run out (0 when they have), or null while still missing.</summary>
    public static int? HoursLeft(MissingEpisode episode, DateTime now) =>
        Deadline(episode) is { } deadline ? Math.Max(0, (int)Math.Floor((deadline - now).TotalHours)) : null;

    public static string Describe(ReturnConversationStatus status) => status switch
    {
        ReturnConversationStatus.StillMissing => "Still missing",
        ReturnConversationStatus.Due => "Due",
        ReturnConversationStatus.Overdue => "Overdue",
        ReturnConversationStatus.HeldInTime => "Held in time",
        ReturnConversationStatus.HeldLate => "Held late",
        ReturnConversationStatus.Declined => "Declined",
        _ => "Not known",
    };

    /// <summary>The GOV.UK tag colour for a status.</summary>
    public static string TagClass(ReturnConversationStatus status) => status switch
    {
        ReturnConversationStatus.StillMissing => "govuk-tag--red",
        ReturnConversationStatus.Due => "govuk-tag--yellow",
        ReturnConversationStatus.Overdue => "govuk-tag--red",
        ReturnConversationStatus.HeldInTime => "govuk-tag--green",
        ReturnConversationStatus.HeldLate => "govuk-tag--orange",
        ReturnConversationStatus.Declined => "govuk-tag--grey",
        _ => "govuk-tag--grey",
    };

    private static DateTime? At(DateOnly? date, TimeOnly? time) => date is { } d
        ? time is { } t ? d.ToDateTime(t) : d.AddDays(1).ToDateTime(TimeOnly.MinValue)
        : null;
}
