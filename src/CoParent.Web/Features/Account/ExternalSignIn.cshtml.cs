using System.Security.Claims;
using CoParent.Core.Audit;
using CoParent.Data.Audit;
using CoParent.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Account;

/// <summary>
/// Back from the council's identity provider: the person is signed in as the CoParent user with the
/// same user name (or e-mail), whose roles and allocations CoParent holds. Nobody is created here.
/// </summary>
[AllowAnonymous]
public sealed class ExternalSignInModel(SignInManager<CoParentUser> signIn, UserManager<CoParentUser> users, AuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        var name = external.Principal?.FindFirstValue("preferred_username") ?? external.Principal?.FindFirstValue(ClaimTypes.Email);
        var user = name is null ? null : await users.FindByNameAsync(name) ?? await users.FindByEmailAsync(name);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            await audit.RecordAsync("signin.external.failed", AuditOutcome.Failed, user?.Id, user?.UserName ?? "(unknown user)", null, "GET /sign-in/external");
            return RedirectToPage("/Errors/Error", new { code = 403 });
        }
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "oidc");
        await audit.RecordAsync("signin.external", AuditOutcome.Allowed, user.Id, user.UserName, null, "GET /sign-in/external");
        return LocalRedirect("/");
    }
}
