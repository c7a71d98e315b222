using System.Security.Claims;
using CoParent.Core.Access;
using CoParent.Data.Identity;

namespace CoParent.Web.Features.Access;

public static class CurrentUser
{
    public static string? Id(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string? UserName(this ClaimsPrincipal user) => user.Identity?.Name;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(IdentitySetup.DisplayNameClaim) ?? user.Identity?.Name ?? "";

    public static int? TeamId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(IdentitySetup.TeamClaim), out var team) ? team : null;

    /// <summary>A designated teacher's school.</summary>
    public static int? SchoolId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(IdentitySetup.SchoolClaim), out var school) ? school : null;

    /// <summary>Councillors see aggregates only; numbers of 1 to 5 are suppressed for them.</summary>
    public static bool SeesAggregatesOnly(this ClaimsPrincipal user) =>
        !Roles.All.Where(r => r is not Roles.Councillor and not Roles.Administrator).Any(user.IsInRole);
}
