using CoParent.Core.Children;
using CoParent.Core.Voice;
using CoParent.Data;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Voice;

/// <summary>
/// The Voice section of a child's record: the Have Your Say codes to give the child (whether each was used, never
/// what they answered) and their referrals to an advocate.
/// </summary>
[Authorize(Policy = Policies.ChildRecords)]
public sealed class VoiceSectionModel(CoParentDbContext db, Access.ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<ChildVoiceQueries.Invitation> Invitations { get; private set; } = [];
    public IReadOnlyList<AdvocacyReferral> Referrals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).SingleOrDefaultAsync(ct);
        if (child is null) return NotFound();
        ChildId = child.Id;
        ChildName = Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId);
        CanEdit = await access.CanEditAsync(User, childId, ct);
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Invitations = await ChildVoiceQueries.InvitationsAsync(db, childId, ct);
        Referrals = await ChildVoiceQueries.ReferralsAsync(db, childId, ct);
        return Page();
    }

    public string LinkFor(string code) => $"{Request.Scheme}://{Request.Host}/have-your-say/{code}";
}
