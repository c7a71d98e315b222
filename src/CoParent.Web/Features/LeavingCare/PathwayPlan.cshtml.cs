using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plan = CoParent.Core.CareLeavers.PathwayPlan;

namespace CoParent.Web.Features.LeavingCare;

/// <summary>The pathway plan's dates, and a review of it: what changed and when.</summary>
[EditsChildRecord]
public sealed class PathwayPlanModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class PlanInput
    {
        public DateInput NeedsAssessmentDate { get; set; } = new();
        public DateInput AgreedDate { get; set; } = new();
        public DateInput ReviewDate { get; set; } = new();
        public string? WhatChanged { get; set; }
    }

    [BindProperty] public PlanInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }
    public DateOnly? NextReviewDue { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is not { } dob) return NotFound();
        var plan = await LeavingCareChanges.PlanAsync(db, childId, ct);
        Input.NeedsAssessmentDate = DateInput.From(plan?.NeedsAssessmentDate);
        Input.AgreedDate = DateInput.From(plan?.AgreedDate);
        Input.ReviewDate = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(childId, ct) is not { } dob) return NotFound();
        var today = Today;
        var errors = new List<LeavingCareChanges.Error>();

        var assessed = Input.NeedsAssessmentDate.Validate(ModelState, "Input.NeedsAssessmentDate", "the date of the needs assessment", required: false);
        if (assessed is { } a) LeavingCareChanges.CheckDate(errors, nameof(PlanInput.NeedsAssessmentDate), a, dob, today, "The date of the needs assessment");
        var agreed = Input.AgreedDate.Validate(ModelState, "Input.AgreedDate", "the date the plan was agreed");
        if (agreed is { } g)
        {
            LeavingCareChanges.CheckDate(errors, nameof(PlanInput.AgreedDate), g, dob, today, "The date the plan was agreed");
            if (assessed is { } b && b > g)
                errors.Add(new(nameof(PlanInput.NeedsAssessmentDate), "The date of the needs assessment must be on or before the date the plan was agreed"));
        }

        var plan = await LeavingCareChanges.PlanAsync(db, childId, ct);
        var reviewing = !Input.ReviewDate.IsEmpty || !string.IsNullOrWhiteSpace(Input.WhatChanged);
        DateOnly? reviewDate = null;
        if (reviewing)
        {
            reviewDate = Input.ReviewDate.Validate(ModelState, "Input.ReviewDate", "the date of the review");
            var withDates = new Plan { AgreedDate = agreed ?? plan?.AgreedDate };
            errors.AddRange(LeavingCareChanges.Check(new LeavingCareChanges.NewReview(reviewDate, Input.WhatChanged), withDates, today)
                .Where(e => !(e.Field == nameof(PlanInput.ReviewDate) && agreed is null)));
        }
        LeavingCareForm.AddErrors(ModelState, "Input", errors);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (plan is null)
        {
            plan = new Plan { ChildId = childId };
            db.PathwayPlans.Add(plan);
        }
        plan.NeedsAssessmentDate = assessed;
        plan.AgreedDate = agreed;
        await db.SaveChangesAsync(ct);
        if (reviewing) await LeavingCareChanges.AddReviewAsync(db, plan, new(reviewDate, Input.WhatChanged), ct);
        await audit.RecordAsync(reviewing ? "leaving-care.pathway-plan-review" : "leaving-care.pathway-plan", AuditOutcome.Allowed,
            User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/leaving-care#pathway-plan");
    }

    private async Task<DateOnly?> LoadAsync(int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null) return null;
        ChildId = childId;
        ChildName = child.DisplayName;
        NextReviewDue = (await db.PathwayPlans.AsNoTracking().Include(p => p.Reviews).SingleOrDefaultAsync(p => p.ChildId == childId, ct))?.NextReviewDue;
        return child.DateOfBirth;
    }
}
