using CoParent.Core.Children;

namespace CoParent.Core.Reviews;

/// <summary>A looked-after review: when it was held and how the child took part (SSDA903 Reviews table).</summary>
public class ChildReview
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>REVIEW: the date of the review.</summary>
    public DateOnly ReviewDate { get; set; }

    /// <summary>REVIEW_CODE: how the child took part (PN0 to PN7).</summary>
    public string? Participation { get; set; }
}
