using CoParent.Core.Audit;
using CoParent.Data.Audit;
using CoParent.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Account;

[AllowAnonymous]
public sealed class SignInModel(
    SignInManager<CoParentUser> signIn, UserManager<CoParentUser> users, AuditLog audit,
    IAuthenticationSchemeProvider schemes) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public bool ExternalSignIn { get; private set; }

    public async Task OnGetAsync() => ExternalSignIn = await schemes.GetSchemeAsync(AccountSetup.OpenIdConnectScheme) is not null;

    public async Task<IActionResult> OnPostAsync()
    {
        ExternalSignIn = await schemes.GetSchemeAsync(AccountSetup.OpenIdConnectScheme) is not null;
        if (string.IsNullOrWhiteSpace(UserName)) ModelState.AddModelError(nameof(UserName), "Enter your user name");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), "Enter your password");
        if (!ModelState.IsValid) return Page();

        // Any earlier session on this browser ends: the sign-in always issues a new cookie.
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        var result = await signIn.PasswordSignInAsync(UserName!.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
        var user = await users.FindByNameAsync(UserName.Trim());
        var channel = "POST /sign-in";
        if (result.Succeeded)
        {
            await audit.RecordAsync("signin", AuditOutcome.Allowed, user?.Id, user?.UserName, null, channel);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        await audit.RecordAsync(result.IsLockedOut ? "signin.locked-out" : "signin.failed", AuditOutcome.Failed,
            user?.Id, user?.UserName ?? "(unknown user)", null, channel);
        ModelState.AddModelError(nameof(UserName), result.IsLockedOut
            ? "This account is locked after too many wrong passwords. Try again in 15 minutes or ask an administrator"
            : "Enter a correct user name and password");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public IActionResult OnPostExternal()
    {
        var properties = signIn.ConfigureExternalAuthenticationProperties(AccountSetup.OpenIdConnectScheme, "/sign-in/external");
        return Challenge(properties, AccountSetup.OpenIdConnectScheme);
    }
}
