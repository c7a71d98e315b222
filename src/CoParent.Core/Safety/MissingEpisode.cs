using CoParent.Core.Children;

namespace CoParent.Core.Safety;

/// <summary>A time a child was missing or away from placement without authorisation (SSDA903 Missing table).</summary>
public class MissingEpisode
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>MISSING: M missing (whereabouts not known) or A away without authorisation.</summary>
    public string? Kind { get; set; }

    /// <summary>MIS_START.</summary>
    public DateOnly Start { get; set; }

    /// <summary>MIS_END; null while the child is still missing.</summary>
    public DateOnly? End { get; set; }
}
