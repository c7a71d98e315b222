namespace CoParent.Core.Strategy;

/// <summary>
/// One saved version of the strategy. Nothing is overwritten: an administrator's edit or a new strategy adds a
/// version, and the newest is the one in force. The document is kept whole as JSON because it is small, read
/// whole and compared whole (what changed between versions), and records point at its stable numbers.
/// </summary>
public class StrategyVersion
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Json { get; set; } = "";

    /// <summary>Why it was saved: "Loaded the 2022-27 strategy", "Council's full wording for Outcome 4".</summary>
    public string Reason { get; set; } = "";
    public string SavedBy { get; set; } = "";
    public DateTime SavedAtUtc { get; set; }
}
