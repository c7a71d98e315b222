using CoParent.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace CoParent.Data.Demo;

/// <summary>Generates a deterministic fictional council. (Being written: see issue 3 §4.)</summary>
public static class DemoCouncilGenerator
{
    public static IReadOnlyList<DemoUser> Users { get; } = [];

    public static Task<DemoResult> GenerateAsync(
        CoParentDbContext db, UserManager<CoParentUser> users, RoleManager<IdentityRole> roles, DemoOptions options,
        string councilCode, TimeProvider clock, IProgress<string>? progress, CancellationToken ct) =>
        throw new NotImplementedException();
}
