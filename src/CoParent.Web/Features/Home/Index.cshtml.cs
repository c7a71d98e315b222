using System.Security.Claims;
using CoParent.Core.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Home;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>The lists of what is due, for the people who act on them: each list shows the reader's own children.</summary>
    public static IEnumerable<(string Href, string Title, string What)> WorkLists(ClaimsPrincipal user)
    {
        var socialWork = user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.TeamManager) || user.IsInRole(Roles.Manager);
        var adviser = user.IsInRole(Roles.PersonalAdviser);
        if (adviser)
        {
            yield return ("/care-leavers", "My young people", "pathway plans due, young people not in education, work or training and those in unsuitable homes.");
        }
        if (socialWork || user.IsInRole(Roles.Iro))
        {
            yield return ("/reviews", "Reviews due", socialWork ? "your children's reviews due soon or overdue." : "the reviews you chair that are due or overdue.");
        }
        if (socialWork || adviser)
        {
            yield return ("/health", "Health assessments due", "health assessments, dental checks and SDQs due or overdue for children in care.");
        }
        if (!socialWork) yield break;
        yield return ("/missing", "Missing and return conversations", "children missing now and return conversations due.");
        yield return ("/family-time", "Family time and plans", "children without family time arranged, plans due for review and brothers and sisters living apart.");
        yield return ("/life-stories", "Life story work", "children who need life story work started, finished or reviewed.");
        if (!adviser) yield return ("/care-leavers", "Care leavers", "pathway plans due, young people not in education, work or training and those in unsuitable homes.");
        yield return ("/have-your-say/invitations", "Have Your Say invitations", "codes to give your children for the council's survey.");
    }
}
