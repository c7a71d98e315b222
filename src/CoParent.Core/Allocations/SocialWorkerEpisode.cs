using CoParent.Core.Children;

namespace CoParent.Core.Allocations;

/// <summary>
/// A span with one social worker as reported to the DfE (SSDA903 SWEpisodes table). Held when a return is
/// imported; when there are none, the export works them out from social worker allocations.
/// </summary>
public class SocialWorkerEpisode
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>SW_ID: the social worker's identifier in the return (begins SW or XX).</summary>
    public string? SwId { get; set; }

    /// <summary>SW_DECOM: when this social worker started.</summary>
    public DateOnly Start { get; set; }

    /// <summary>SW_DEC: when this social worker stopped; null while current.</summary>
    public DateOnly? End { get; set; }

    /// <summary>SW_REASON: why the social worker changed.</summary>
    public string? Reason { get; set; }
}
