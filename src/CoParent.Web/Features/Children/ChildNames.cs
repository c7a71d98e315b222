using CoParent.Core.Children;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Children;

/// <summary>The name every page about a child shows in its heading: one small query, null when there is no such child.</summary>
public static class ChildNames
{
    public static Task<string?> ChildNameAsync(this CoParentDbContext db, int childId, CancellationToken ct) =>
        db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId)).SingleOrDefaultAsync(ct);
}
