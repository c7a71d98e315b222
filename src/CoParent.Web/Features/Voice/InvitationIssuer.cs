using CoParent.Core.Ssda903;
using CoParent.Core.Voice;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Voice;

/// <summary>
/// Sends a survey's codes: one to every child in care aged 8 to 17 and every care leaver aged 18 to 25 (or those
/// in one age band) who does not have one for this survey yet, so issuing again only adds the children missed.
/// </summary>
public static class InvitationIssuer
{
    public static async Task<int> IssueAsync(CoParentDbContext db, int surveyId, string? band, DateOnly today, CancellationToken ct)
    {
        var youngest = today.AddYears(-8);
        var oldest = today.AddYears(-26);
        var candidates = await db.Children.AsNoTracking()
            .Where(c => c.DateOfBirth <= youngest && c.DateOfBirth > oldest && c.Episodes.Any())
            .Select(c => new { c.Id, c.DateOfBirth, Episodes = c.Episodes.Select(e => new { e.Decom, e.Dec, e.Ls }).ToList() })
            .ToListAsync(ct);
        var asked = (await db.SurveyInvitations.Where(i => i.SurveyId == surveyId).Select(i => i.ChildId).ToListAsync(ct)).ToHashSet();
        var added = 0;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in candidates)
        {
            if (asked.Contains(child.Id)) continue;
            var inCare = child.Episodes.Any(e => e.Decom <= today && (e.Dec is null || e.Dec > today) && !CodeSets.IsShortBreak(e.Ls));
            var sixteen = Core.Children.Age.Birthday(child.DateOfBirth, child.DateOfBirth.Year + 16);
            var from16 = child.Episodes.Any(e => e.Decom <= today && (e.Dec is null || e.Dec > sixteen) && !CodeSets.IsShortBreak(e.Ls));
            var childBand = SurveyAgeBands.Eligible(child.DateOfBirth, today, inCare, from16);
            if (childBand is null || (band is not null && childBand != band)) continue;
            string code;
            do code = InvitationCode.New(); while (!codes.Add(code));
            db.SurveyInvitations.Add(new SurveyInvitation { SurveyId = surveyId, ChildId = child.Id, Code = code, IssuedOn = today, AgeBand = childBand });
            added++;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return added;
    }
}
