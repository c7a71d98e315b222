using CoParent.Core.Allocations;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    /// <summary>A further user in a role (and team), with a user name no other test uses.</summary>
    public static async Task<(string Id, string UserName)> AddWorkerAsync(CoParentApp app, string role, string? team = null)
    {
        var userName = $"t.w{Guid.NewGuid():N}"[..20];
        return (await app.AddUserAsync(userName, role, team), userName);
    }

    /// <summary>The child's allocations, oldest first.</summary>
    public static Task<List<Allocation>> AllocationsOfAsync(CoParentApp app, int childId) =>
        app.WithDbAsync(db => db.Allocations.AsNoTracking().Where(a => a.ChildId == childId).OrderBy(a => a.From).ThenBy(a => a.Id).ToListAsync());
}
