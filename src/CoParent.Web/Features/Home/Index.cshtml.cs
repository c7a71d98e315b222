using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Home;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
