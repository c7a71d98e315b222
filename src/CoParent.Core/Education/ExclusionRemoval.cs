using CoParent.Core.Children;

namespace CoParent.Core.Education;

/// <summary>Which of a child's exclusion-page records was removed.</summary>
public enum ExclusionRecordKind
{
    Exclusion = 1,
    PartTimeTimetable = 2,
    MissingEducation = 3,
}

/// <summary>
/// A record removed from a child's exclusions page because it was entered in error: what it said, why it went, and who
/// removed it. The record itself is deleted so every figure stops counting it; this row keeps the history the audit
/// (ids only) cannot.
/// </summary>
public class ExclusionRemoval
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public ExclusionRecordKind Kind { get; set; }

    /// <summary>The removed record's id, so the audit's lines about it can be matched up.</summary>
    public int RecordId { get; set; }

    /// <summary>What the record said, in words (dates, days, reason): it is no longer anywhere else.</summary>
    public string Summary { get; set; } = "";

    public string Reason { get; set; } = "";
    public string? RemovedBy { get; set; }
    public DateTimeOffset RemovedAt { get; set; }
}
