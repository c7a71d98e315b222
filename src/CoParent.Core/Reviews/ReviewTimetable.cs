using CoParent.Core.Calendar;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Reviews;

/// <summary>The episode fields the timetable reads.</summary>
public sealed record ReviewEpisode(DateOnly Decom, DateOnly? Dec, string Rne, string Ls);

/// <summary>A review that was held, with the date the IRO set for the next one when they set one, and REVIEW_CODE.</summary>
public sealed record HeldReview(DateOnly Date, DateOnly? NextReviewBy = null, string? Participation = null);

/// <summary>
/// A held review against the timetable. <see cref="Due"/> is null when it cannot be judged: outside a period of care
/// under reg 33, or the first one recorded long after care began (<see cref="EarlierNotRecorded"/>).
/// </summary>
public sealed record TimedReview(HeldReview Held, DateOnly? Due, int Number, bool EarlierNotRecorded = false)
{
    public DateOnly Date => Held.Date;

    /// <summary>Held on or before the date it was due.</summary>
    public bool OnTime => Due is { } due && Date <= due;
}

/// <summary>One period of care the timetable ran over: when reviews started to be due, and when it ended (null: still in care).</summary>
public sealed record ReviewPeriod(DateOnly Start, DateOnly? End);

/// <summary>
/// The statutory timetable for reviewing a child's care plan (Care Planning, Placement and Case Review (England)
/// Regulations 2010, reg 33; measures.md §8): the first review within 20 working days of the child becoming
/// looked after, the second not more than 3 months after the first, and each later one not more than 6 months
/// after the one before. A new period of care (an episode with RNE "S") starts the timetable again. When the IRO
/// sets an earlier date for the next review, that date is the one it is due by.
/// <para>
/// Agreed series of short breaks (legal status V3 or V4) follow a different review regime (reg 48) and are left
/// out: a period of care made only of short breaks has no timetable here; one that becomes full care (say an
/// interim care order after short breaks) starts its timetable on the first episode that is not a short break.
/// </para>
/// </summary>
public sealed class ReviewTimetable
{
    public const int FirstReviewWorkingDays = 20;
    public const int SecondReviewMonths = 3;
    public const int LaterReviewMonths = 6;

    private ReviewTimetable(IReadOnlyList<ReviewPeriod> periods, IReadOnlyList<TimedReview> reviews, DateOnly? nextDue, DateOnly? nextDueFrom)
    {
        Periods = periods;
        Reviews = reviews;
        NextDue = nextDue;
        _lastPeriodOpen = nextDueFrom;
    }

    private readonly DateOnly? _lastPeriodOpen;

    /// <summary>The periods of care under the reg 33 timetable, oldest first.</summary>
    public IReadOnlyList<ReviewPeriod> Periods { get; }

    /// <summary>Every held review, oldest first, with the date it was due.</summary>
    public IReadOnlyList<TimedReview> Reviews { get; }

    /// <summary>The date the next review is due by, while the latest period of care is still open; null when it has ended.</summary>
    public DateOnly? NextDue { get; }

    /// <summary>The next review is due by, for a child still in care on <paramref name="date"/> (the period had begun by then).</summary>
    public DateOnly? NextDueOn(DateOnly date) =>
        NextDue is not null && _lastPeriodOpen is { } start && start <= date ? NextDue : null;

    /// <summary>The next review's due date has passed on <paramref name="date"/> without one being held.</summary>
    public bool IsOverdueOn(DateOnly date) => NextDueOn(date) is { } due && date > due;

    /// <summary>Whole days from <paramref name="date"/> to the next due date: negative when overdue.</summary>
    public int? DaysLeft(DateOnly date) => NextDueOn(date) is { } due ? due.DayNumber - date.DayNumber : null;

    /// <summary>Works the timetable out from all of a child's episodes and held reviews (in any order).</summary>
    public static ReviewTimetable For(IEnumerable<ReviewEpisode> episodes, IEnumerable<HeldReview> reviews)
    {
        var periods = PeriodsOfCare(episodes.OrderBy(e => e.Decom).ToList());
        var held = reviews.OrderBy(r => r.Date).ToList();
        var timed = new List<TimedReview>(held.Count);
        DateOnly? nextDue = null;
        DateOnly? openStart = null;

        var index = 0;
        foreach (var period in periods)
        {
            // Reviews before this period began (and not inside an earlier one) have nothing to be due against.
            for (; index < held.Count && held[index].Date < period.Start; index++)
            {
                timed.Add(new TimedReview(held[index], null, 0));
            }
            var due = WorkingDays.Add(period.Start, FirstReviewWorkingDays);
            var number = 0;
            while (index < held.Count && (period.End is null || held[index].Date <= period.End))
            {
                var review = held[index];
                number++;
                if (number == 1 && review.Date > due.AddMonths(LaterReviewMonths))
                {
                    // The first review on record is more than six months past the first due date: the records start part
                    // way through the period of care (say, reviews imported from recent returns only), so the reviews
                    // before it are missing rather than never held. Its own timing is unknown; the timetable goes on from it.
                    number = 2;
                    timed.Add(new TimedReview(review, null, number, EarlierNotRecorded: true));
                }
                else
                {
                    timed.Add(new TimedReview(review, due, number));
                }
                due = Next(review, number);
                index++;
            }
            if (period.End is null)
            {
                nextDue = due;
                openStart = period.Start;
            }
        }
        for (; index < held.Count; index++) timed.Add(new TimedReview(held[index], null, 0));

        return new ReviewTimetable(periods, timed, nextDue, openStart);
    }

    /// <summary>
    /// The timetable as it stood at the end of <paramref name="date"/>: only episodes begun and reviews held by then,
    /// and an episode ending after it still open.
    /// </summary>
    public static ReviewTimetable AsAt(IEnumerable<ReviewEpisode> episodes, IEnumerable<HeldReview> reviews, DateOnly date) =>
        For(episodes.Where(e => e.Decom <= date).Select(e => e.Dec > date ? e with { Dec = null } : e),
            reviews.Where(r => r.Date <= date));

    /// <summary>When the review after <paramref name="review"/> (the <paramref name="number"/>th of the period) is due.</summary>
    public static DateOnly Next(HeldReview review, int number)
    {
        var statutory = review.Date.AddMonths(number == 1 ? SecondReviewMonths : LaterReviewMonths);
        return review.NextReviewBy is { } set && set < statutory && set > review.Date ? set : statutory;
    }

    /// <summary>
    /// Periods of care: each begins at an episode with RNE "S" and runs until the last episode before the next "S"
    /// ends. Short-break episodes (V3/V4) at the start are skipped; a period of short breaks only is left out.
    /// </summary>
    public static IReadOnlyList<ReviewPeriod> PeriodsOfCare(IReadOnlyList<ReviewEpisode> episodesOldestFirst)
    {
        var groups = new List<List<ReviewEpisode>>();
        foreach (var episode in episodesOldestFirst)
        {
            if (groups.Count == 0 || episode.Rne == "S") groups.Add([]);
            groups[^1].Add(episode);
        }
        var periods = new List<ReviewPeriod>();
        foreach (var group in groups)
        {
            var firstFullCare = group.FirstOrDefault(e => !CodeSets.IsShortBreak(e.Ls));
            if (firstFullCare is null) continue;
            var last = group[^1];
            periods.Add(new ReviewPeriod(firstFullCare.Decom, last.Dec));
        }
        return periods;
    }
}
