namespace CoParent.Core.Notifications;

/// <summary>
/// Something a worker should know about a child, shown to them in CoParent (never sent with the child's details by
/// email): an unauthorised absence, a suspension, a child crossing the persistent-absence line.
/// </summary>
public class Notification
{
    public long Id { get; set; }

    /// <summary>Who it is for (ASP.NET Core Identity user ID).</summary>
    public string UserId { get; set; } = "";
    public int? ChildId { get; set; }

    /// <summary>What kind, for filtering and to avoid telling twice: e.g. "attendance.unauthorised", "exclusion.suspension".</summary>
    public string Kind { get; set; } = "";

    /// <summary>What happened, in words a worker reads (the child's name is shown from the record, not stored here).</summary>
    public string Message { get; set; } = "";

    /// <summary>Where to act on it, e.g. "/children/12/education/attendance".</summary>
    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
