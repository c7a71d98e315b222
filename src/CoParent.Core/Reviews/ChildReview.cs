using CoParent.Core.Children;

namespace CoParent.Core.Reviews;

/// <summary>
/// A looked-after review of the child's plan, chaired by the independent reviewing officer (SSDA903 Reviews table:
/// REVIEW and REVIEW_CODE). The return is matched on the child and <see cref="ReviewDate"/>; the other fields are
/// CoParent's own and survive a re-import. Whether it was held on time is worked out by <see cref="ReviewTimetable"/>.
/// </summary>
public class ChildReview
{
    public const int UserIdLength = 450;

    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>REVIEW: the date of the review.</summary>
    public DateOnly ReviewDate { get; set; }

    /// <summary>REVIEW_CODE: how the child took part (PN0 to PN7, <see cref="Ssda903.CodeSets.ReviewParticipation"/>).</summary>
    public string? Participation { get; set; }

    /// <summary>Not in the return: the IRO who chaired the review (user ID); null when not known, as for imported reviews.</summary>
    public string? ChairedByUserId { get; set; }

    /// <summary>Not in the return: who else came.</summary>
    public ReviewAttendees Attendees { get; set; }

    /// <summary>
    /// Not in the return: the date the IRO set for the next review when it must come sooner than the regulations'
    /// longest interval (reg 33 is a maximum; the IRO may bring a review forward).
    /// </summary>
    public DateOnly? NextReviewBy { get; set; }
}

/// <summary>Who else attended a review, besides the child, the IRO and the social worker.</summary>
[Flags]
public enum ReviewAttendees
{
    None = 0,
    Parent = 1,
    Carer = 2,
    School = 4,
}

public static class ReviewAttendeesText
{
    public static readonly IReadOnlyList<(ReviewAttendees Value, string Text)> Choices =
    [
        (ReviewAttendees.Parent, "Parent"),
        (ReviewAttendees.Carer, "Carer"),
        (ReviewAttendees.School, "School"),
    ];

    /// <summary>"Parent, carer" or "None recorded".</summary>
    public static string Describe(ReviewAttendees attendees)
    {
        var names = Choices.Where(c => attendees.HasFlag(c.Value)).Select(c => c.Text).ToList();
        if (names.Count == 0) return "None recorded";
        return string.Join(", ", names.Select((n, i) => i == 0 ? n : n.ToLowerInvariant()));
    }
}
