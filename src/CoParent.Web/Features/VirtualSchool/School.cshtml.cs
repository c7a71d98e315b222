using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.VirtualSchool;

/// <summary>A school's details and its designated teacher contact, which the Virtual School keeps up to date.</summary>
[Authorize(Roles = Editors)]
public sealed class SchoolModel(CoParentDbContext db, AuditLog audit) : PageModel
{
    public const string Editors = Roles.VirtualSchoolHead + "," + Roles.VirtualSchoolOfficer;

    [BindProperty] public string? DesignatedTeacherName { get; set; }
    [BindProperty] public string? DesignatedTeacherEmail { get; set; }
    public School School { get; private set; } = null!;
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int schoolId, bool saved, CancellationToken ct)
    {
        if (await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct) is not { } school) return NotFound();
        School = school;
        Saved = saved;
        DesignatedTeacherName = school.DesignatedTeacherName;
        DesignatedTeacherEmail = school.DesignatedTeacherEmail;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int schoolId, CancellationToken ct)
    {
        if (await db.Schools.SingleOrDefaultAsync(s => s.Id == schoolId, ct) is not { } school) return NotFound();
        School = school;
        var name = DesignatedTeacherName?.Trim();
        var email = DesignatedTeacherEmail?.Trim();
        if (name is { Length: > 200 }) ModelState.AddModelError(nameof(DesignatedTeacherName), "The designated teacher's name must be 200 characters or fewer");
        if (!string.IsNullOrEmpty(email) && (email.Length > 200 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email)))
        {
            ModelState.AddModelError(nameof(DesignatedTeacherEmail), "Enter an email address in the correct format, like name@example.org");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        school.DesignatedTeacherName = string.IsNullOrEmpty(name) ? null : name;
        school.DesignatedTeacherEmail = string.IsNullOrEmpty(email) ? null : email;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("education.school.designated-teacher", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"POST {Request.Path}", ct);
        return Redirect($"/virtual-school/schools/{schoolId}?saved=true");
    }
}
