namespace CoParent.Core.Audit;

/// <summary>
/// One append-only line of the audit: who did what to which child's record, when, and whether it was
/// allowed. The database refuses updates and deletes of these rows (a trigger per provider).
/// Holds IDs only, never a child's name, so the audit itself leaks nothing.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public int? ChildId { get; set; }

    /// <summary>What was done, e.g. <c>child.view</c>, <c>episode.create</c>, <c>signin.failed</c>.</summary>
    public string Action { get; set; } = "";

    public AuditOutcome Outcome { get; set; }

    /// <summary>The route or command, without query strings (which can hold searched names).</summary>
    public string? Channel { get; set; }
}

public enum AuditOutcome
{
    Allowed = 1,
    Denied = 2,
    Failed = 3,
}
