using CoParent.Core.Children;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data;

public static class ChildRecordSaving
{
    /// <summary>
    /// Saves changes to a child's record only if nobody has saved it since the form was loaded: the UPDATE
    /// matches only while the row still has <paramref name="loadedVersion"/>, and the record gets a new version.
    /// False means someone else got there first and nothing was written.
    /// </summary>
    public static async Task<bool> SaveIfUnchangedAsync(this CoParentDbContext db, Child child, Guid loadedVersion, CancellationToken ct)
    {
        db.Entry(child).Property(c => c.Version).OriginalValue = loadedVersion;
        child.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
