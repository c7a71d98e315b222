using CoParent.Core.Allocations;
using CoParent.Core.Children;
using CoParent.Core.Reviews;
using CoParent.Core.Ssda903;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Reviews;

/// <summary>What recording a review checks and saves, shared by the form and the API; errors name the field they are about.</summary>
public static class ReviewSaving
{
    public sealed record Entry(DateOnly? ReviewDate, string? Participation, ReviewAttendees Attendees, DateOnly? NextReviewBy);

    public enum Field { ReviewDate, Participation, NextReviewBy }

    /// <summary>Checks the entry against the child's record; returns the review to add, or null with errors reported.</summary>
    public static async Task<ChildReview?> CheckAsync(
        CoParentDbContext db, int childId, Entry entry, DateOnly today, string? signedInIroId, Action<Field, string> error, CancellationToken ct)
    {
        var dob = await db.Children.Where(c => c.Id == childId).Select(c => c.DateOfBirth).SingleAsync(ct);
        var code = CodeSets.ReviewParticipation.Canonical(entry.Participation);
        var ok = true;
        void Fail(Field field, string message) { error(field, message); ok = false; }

        if (entry.ReviewDate is { } date)
        {
            if (date > today) Fail(Field.ReviewDate, "The date of the review must be today or in the past");
            else if (await db.ChildReviews.AnyAsync(r => r.ChildId == childId && r.ReviewDate == date, ct))
                Fail(Field.ReviewDate, "A review on this date is already recorded for this child");
            else if (!await db.CareEpisodes.AnyAsync(e => e.ChildId == childId && e.Decom <= date && (e.Dec == null || e.Dec >= date), ct))
                Fail(Field.ReviewDate, "The date of the review must be while the child was in care");
        }
        if (entry.Participation is null || entry.Participation.Trim().Length == 0) Fail(Field.Participation, "Select how the child took part in the review");
        else if (code is null) Fail(Field.Participation, "Select how the child took part from the list (PN0 to PN7)");
        else if (entry.ReviewDate is { } held)
        {
            // SSDA903 rules 440 and 441: PN0 is for a child under 4 on the day, PN1 to PN7 for one aged 4 or over.
            var under4 = Age.On(dob, held) < 4;
            if (code == "PN0" && !under4) Fail(Field.Participation, "The child was 4 or over on the day of the review, so choose how they took part (PN1 to PN7)");
            if (code != "PN0" && under4) Fail(Field.Participation, "The child was under 4 on the day of the review, so choose PN0");
        }
        if (entry.NextReviewBy is { } nextBy && entry.ReviewDate is { } reviewed && nextBy <= reviewed)
            Fail(Field.NextReviewBy, "The date set for the next review must be after the date of this review");
        if (!ok || entry.ReviewDate is not { } reviewDate) return null;

        // The chair: the IRO allocated to the child on the day; failing that, the IRO recording it.
        var chair = await db.Allocations.Where(a => a.ChildId == childId && a.Role == AllocationRole.IndependentReviewingOfficer
                && a.From <= reviewDate && (a.To == null || a.To >= reviewDate))
            .OrderByDescending(a => a.From).Select(a => a.UserId).FirstOrDefaultAsync(ct) ?? signedInIroId;
        return new ChildReview
        {
            ChildId = childId, ReviewDate = reviewDate, Participation = code, Attendees = entry.Attendees,
            ChairedByUserId = chair, NextReviewBy = entry.NextReviewBy,
        };
    }
}
