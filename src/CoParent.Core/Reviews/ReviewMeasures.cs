using CoParent.Core.Measures;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Reviews;

/// <summary>What the review measures need about one child: their episodes and the reviews held, up to the period's end.</summary>
public sealed record ChildReviewHistory(int ChildId, IReadOnlyList<ReviewEpisode> Episodes, IReadOnlyList<HeldReview> Reviews);

/// <summary>
/// Reviews of children's plans over a period (issue 6, Outcomes 1 and 5): held on the statutory timetable
/// (<see cref="ReviewTimetable"/>, reg 33), overdue at the period's end, and how children took part (REVIEW_CODE).
/// </summary>
public static class ReviewMeasures
{
    public const string OnTimeId = "reviews.on-time";
    public const string OverdueId = "reviews.overdue";
    public const string ParticipationId = "reviews.participation";

    public static IReadOnlyList<MeasureResult> Calculate(IEnumerable<ChildReviewHistory> children, MeasurePeriod period)
    {
        var timedInPeriod = new List<(int ChildId, TimedReview Review)>();
        var overdue = new List<int>();
        foreach (var child in children)
        {
            var timetable = ReviewTimetable.AsAt(child.Episodes, child.Reviews, period.To);
            timedInPeriod.AddRange(timetable.Reviews.Where(r => period.Contains(r.Date)).Select(r => (child.ChildId, r)));
            if (timetable.IsOverdueOn(period.To)) overdue.Add(child.ChildId);
        }

        var onTimetable = timedInPeriod.Where(r => r.Review.Due is not null).ToList();
        var onTime = onTimetable.Where(r => r.Review.OnTime).ToList();
        var measures = new List<MeasureResult>
        {
            new(OnTimeId, "Reviews held on time",
                "Reviews of children's care plans held in the period that were held by the date they were due, out of all reviews " +
                "held in the period. Due dates follow the Care Planning, Placement and Case Review (England) Regulations 2010, " +
                "reg 33: the first review within 20 working days of the child coming into care, the second within 3 months " +
                "of the first, then at most every 6 months, or sooner when the IRO set an earlier date. Reviews under a series of " +
                "short breaks (legal status V3 or V4), which follow a different regime, are not counted.",
                Percent(onTime.Count, onTimetable.Count), onTime.Count, onTimetable.Count, MeasureUnits.Percent,
                onTime.Select(r => r.ChildId).Distinct().ToList()),
            new(OverdueId, "Children whose review is overdue",
                "Children in care on the last day of the period (not on short breaks) whose next review was due before that day " +
                "and had not been held by it.",
                overdue.Count, overdue.Count, 0, MeasureUnits.Children, overdue),
        };

        // DfE meanings of REVIEW_CODE: PN0 is a child under 4, who is not asked to take part; PN1 to PN6 are the ways a
        // child's views reached the review; PN7 is a child of 4 or over whose views did not.
        var coded = timedInPeriod.Where(r => CodeSets.ReviewParticipation.Contains(r.Review.Held.Participation)).ToList();
        var over4 = coded.Where(r => CodeSets.IsParticipationOfChildOver4(r.Review.Held.Participation)).ToList();
        var tookPart = over4.Where(r => CodeSets.ChildViewsShared(r.Review.Held.Participation)).ToList();
        measures.Add(new(ParticipationId, "Reviews where the child took part",
            "Reviews held in the period of children aged 4 or over (participation codes PN1 to PN7) where the child's views " +
            "reached the review, in person, through an advocate or by other means (PN1 to PN6), out of all those reviews.",
            Percent(tookPart.Count, over4.Count), tookPart.Count, over4.Count, MeasureUnits.Percent,
            tookPart.Select(r => r.ChildId).Distinct().ToList()));
        foreach (var (code, meaning) in CodeSets.ReviewParticipation.Codes)
        {
            var withCode = coded.Where(r => string.Equals(r.Review.Held.Participation, code, StringComparison.OrdinalIgnoreCase)).ToList();
            measures.Add(new($"{ParticipationId}.{code}", $"{meaning} ({code})",
                $"Reviews held in the period with participation code {code}, out of all reviews held in the period with a participation code.",
                Percent(withCode.Count, coded.Count), withCode.Count, coded.Count, MeasureUnits.Percent,
                withCode.Select(r => r.ChildId).Distinct().ToList()));
        }
        return measures;
    }

    private static decimal? Percent(int numerator, int denominator) =>
        denominator == 0 ? null : Math.Round(numerator * 100m / denominator, 1);
}
