using CoParent.Core.Audit;
using CoParent.Data.Audit;
using CoParent.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Account;

[AllowAnonymous]
public sealed class SignOutModel(SignInManager<CoParentUser> signIn, UserManager<CoParentUser> users, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            // A new security stamp kills every copy of the old cookie (checked on each request).
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync("signout", AuditOutcome.Allowed, user.Id, user.UserName, null, "POST /sign-out");
        }
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
