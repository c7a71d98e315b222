using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Errors;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public IReadOnlyList<string> Advice { get; private set; } = [];

    public void OnGet(int? code) => Describe(code ?? 500);
    public void OnPost(int? code) => Describe(code ?? 500);

    private void Describe(int code)
    {
        (Title, Advice) = code switch
        {
            403 => ("You do not have access to this page", (IReadOnlyList<string>)[
                "Records are open to the people working with the child. If you need access, ask your team manager.",
                "Your attempt has been recorded."]),
            404 => ("Page not found", ["If you typed the web address, check it is correct."]),
            400 => ("Sorry, there is a problem with your request", ["Go back and try again. If you were filling in a form, your session may have timed out."]),
            _ => ("Sorry, there is a problem with the service", ["Try again later. Nothing you entered has been saved halfway."]),
        };
    }
}
