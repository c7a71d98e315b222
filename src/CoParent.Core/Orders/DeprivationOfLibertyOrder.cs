using CoParent.Core.Children;

namespace CoParent.Core.Orders;

/// <summary>A Deprivation of Liberty Order over a child (SSDA903 DoLo table, collected from 2026/27).</summary>
public class DeprivationOfLibertyOrder
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>DOLO_START.</summary>
    public DateOnly Start { get; set; }

    /// <summary>DOLO_END; null while the order lasts.</summary>
    public DateOnly? End { get; set; }
}
