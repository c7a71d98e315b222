using CoParent.Core.Children;

namespace CoParent.Core.Permanence;

/// <summary>
/// Whether a child starting care had left care before to a permanent home (SSDA903 PrevPerm table). Recorded
/// for the collection year in which the child started to be looked after.
/// </summary>
public class PreviousPermanence
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>The collection year (named by the year it ends) the child started care in.</summary>
    public int CollectionYear { get; set; }

    /// <summary>PREV_PERM: P1 adoption, P2 special guardianship, P3 residence/child arrangements, P4 unknown, Z1 none.</summary>
    public string? Kind { get; set; }

    /// <summary>LA_PERM: the old-style code of the council that arranged it.</summary>
    public string? ArrangedBy { get; set; }

    /// <summary>DATE_PERM as written: DD/MM/YYYY where unknown parts may be ZZ or ZZZZ.</summary>
    public string? DatePerm { get; set; }
}
