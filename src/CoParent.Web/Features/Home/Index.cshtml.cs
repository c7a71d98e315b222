using System.Security.Claims;
using CoParent.Core.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Home;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>The Virtual School's pages: its staff, designated teachers, and managers and councillors for its figures.</summary>
    public static bool SeesVirtualSchool(ClaimsPrincipal user) => VirtualSchoolReaders.Any(user.IsInRole);

    private static readonly string[] VirtualSchoolReaders =
        [Roles.VirtualSchoolHead, Roles.VirtualSchoolOfficer, Roles.DesignatedTeacher, Roles.Manager, Roles.TeamManager, Roles.Councillor];

    /// <summary>Where the Virtual School link goes: the figures, or for a designated teacher (who has no figures page) their pupils.</summary>
    public static string VirtualSchoolHome(ClaimsPrincipal user) =>
        user.IsInRole(Roles.DesignatedTeacher) && !user.IsInRole(Roles.VirtualSchoolHead) && !user.IsInRole(Roles.VirtualSchoolOfficer) && !user.IsInRole(Roles.Manager)
            ? "/virtual-school/roll" : "/virtual-school";

    /// <summary>The lists of what is due, for the people who act on them: each list shows the reader's own children.</summary>
    public static IEnumerable<(string Href, string Title, string What)> WorkLists(ClaimsPrincipal user)
    {
        var socialWork = user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.TeamManager) || user.IsInRole(Roles.Manager);
        var adviser = user.IsInRole(Roles.PersonalAdviser);
        var virtualSchool = user.IsInRole(Roles.VirtualSchoolOfficer) || user.IsInRole(Roles.VirtualSchoolHead);
        var designatedTeacher = user.IsInRole(Roles.DesignatedTeacher);
        if (virtualSchool || designatedTeacher)
        {
            yield return ("/virtual-school/roll", designatedTeacher && !virtualSchool ? "Our children in care" : "The Virtual School roll",
                designatedTeacher && !virtualSchool ? "your school's children in care, their year group, SEN and Virtual School officer." : "every child on the roll, by cohort, school and officer.");
            yield return ("/attendance/today", "Not in school today", "children absent today or with no mark yet, with the code.");
            yield return ("/attendance", "Attendance", "attendance, persistent and severe absence for a period, lowest first.");
            yield return ("/peps", "Personal Education Plans", "PEPs due, overdue, waiting for quality assurance or sent back.");
            yield return ("/exclusions", "Exclusions and timetables", "suspensions, exclusions, part-time timetables due for review and children missing education.");
            yield return ("/pupil-premium", "Pupil Premium Plus", "the grant committed against PEP targets, spent and still to commit.");
            yield return ("/attainment", "Attainment", "teacher assessments and results, and the gap with all pupils.");
        }
        if (user.IsInRole(Roles.VirtualSchoolHead) || user.IsInRole(Roles.Manager))
        {
            yield return ("/virtual-school/caseloads", "Virtual School caseloads", "children without a Virtual School officer, and each officer's caseload.");
        }
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
