using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Core.Children;
using CoParent.Core.Reviews;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Reviews;

/// <summary>
/// Records a review of the child's plan. The child's IRO chairs reviews, so they may record one here as well as
/// the editors (<see cref="ChildAccessPolicy.CanRecordReviewAsync"/>, applied by the record filter).
/// </summary>
[EditsChildRecord]
[RecordsReview]
public sealed class RecordReviewModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class ReviewInput
    {
        public DateInput ReviewDate { get; set; } = new();
        public string? Participation { get; set; }
        public List<string> Attendees { get; set; } = [];
        public DateInput NextReviewBy { get; set; } = new();
    }

    [BindProperty] public ReviewInput Input { get; set; } = new();
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct) =>
        await LoadChildAsync(childId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadChildAsync(childId, ct)) return NotFound();

        var date = Input.ReviewDate.Validate(ModelState, Key(nameof(ReviewInput.ReviewDate)), "the date of the review");
        var nextBy = Input.NextReviewBy.Validate(ModelState, Key(nameof(ReviewInput.NextReviewBy)), "the date set for the next review", required: false);
        var attendees = Input.Attendees.Aggregate(ReviewAttendees.None,
            (all, a) => Enum.TryParse<ReviewAttendees>(a, out var one) && ReviewAttendeesText.Choices.Any(c => c.Value == one) ? all | one : all);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var review = await ReviewSaving.CheckAsync(db, childId, new ReviewSaving.Entry(date, Input.Participation, attendees, nextBy), today,
            User.IsInRole(Roles.Iro) ? User.Id() : null, (field, message) => ModelState.AddModelError(Key(field.ToString()), message), ct);
        if (review is null || !ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.ChildReviews.Add(review);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("review.record", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/reviews");
    }

    private static string Key(string field) => $"{nameof(Input)}.{field}";

    private async Task<bool> LoadChildAsync(int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).SingleOrDefaultAsync(ct);
        if (child is null) return false;
        ChildId = child.Id;
        ChildName = Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId);
        return true;
    }
}
