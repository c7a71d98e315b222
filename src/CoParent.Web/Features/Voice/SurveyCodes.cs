using CoParent.Core.Voice;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Voice;

/// <summary>What a typed code leads to, for the child's pages. Every refusal is worded for a child, kindly.</summary>
public static class SurveyCodes
{
    public enum Standing
    {
        Ready,
        NotFound,
        Used,
        NotOpenYet,
        Closed,
    }

    public sealed record Lookup(Standing Standing, int SurveyId = 0, string AgeBand = "");

    public static async Task<Lookup> FindAsync(CoParentDbContext db, string? typed, DateOnly today, CancellationToken ct)
    {
        var code = InvitationCode.Normalise(typed);
        if (code is null) return new(Standing.NotFound);
        var invitation = await db.SurveyInvitations.AsNoTracking().Where(i => i.Code == code)
            .Select(i => new { i.SurveyId, i.AgeBand, i.UsedOn, i.Survey!.Status, i.Survey.Opens, i.Survey.Closes })
            .SingleOrDefaultAsync(ct);
        if (invitation is null) return new(Standing.NotFound);
        if (invitation.UsedOn is not null) return new(Standing.Used);
        if (invitation.Status == SurveyStatus.Closed || invitation.Closes < today) return new(Standing.Closed);
        if (invitation.Status != SurveyStatus.Open || invitation.Opens > today) return new(Standing.NotOpenYet);
        return new(Standing.Ready, invitation.SurveyId, invitation.AgeBand);
    }

    public static string Message(Standing standing) => standing switch
    {
        Standing.Used => "This code has already been used, so the survey has been answered. Each code works once. Thank you for having your say.",
        Standing.Closed => "This survey has closed, so it cannot be answered now. Thank you for wanting to have your say: there will be another one.",
        Standing.NotOpenYet => "This survey has not started yet. Please try your code again when your social worker says it is open.",
        _ => "We could not find that code. Check you have typed it as it was given to you, or ask the person who gave it to you.",
    };
}
