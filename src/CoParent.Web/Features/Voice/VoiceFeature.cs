using CoParent.Core.Voice;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using System.Threading.RateLimiting;

namespace CoParent.Web.Features.Voice;

/// <summary>The Voice feature's services and JSON routes.</summary>
public static class VoiceFeature
{
    /// <summary>Who designs and runs surveys: managers (and analysts, who hold that role).</summary>
    public const string SurveyRunners = Core.Access.Roles.Manager;

    /// <summary>Who reads survey results: always suppressed, never per child.</summary>
    public const string ResultReaders = $"{Core.Access.Roles.Manager},{Core.Access.Roles.TeamManager},{Core.Access.Roles.Councillor}";

    public const string MeetingRecorders = $"{Core.Access.Roles.Manager},{Core.Access.Roles.TeamManager}";

    /// <summary>The rate limit on the child's pages, where a code is typed or followed.</summary>
    public const string CodeEntryLimit = "have-your-say-codes";

    public static IServiceCollection AddVoiceFeature(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddScoped<IOutcomeMeasures, VoiceOutcomeMeasures>()
            .Configure<HaveYourSayOptions>(configuration.GetSection("HaveYourSay"))
            .AddRateLimiter(options =>
            {
                options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                options.AddPolicy(CodeEntryLimit, http =>
                {
                    var perMinute = http.RequestServices.GetRequiredService<IOptions<HaveYourSayOptions>>().Value.CodeAttemptsPerMinute;
                    return perMinute <= 0
                        ? RateLimitPartition.GetNoLimiter("")
                        : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "",
                            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
                });
            });

    public static IEndpointRouteBuilder MapVoiceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/children/{childId:int}/voice", GetChildVoiceAsync)
            .RequireAuthorization(Infrastructure.Policies.ChildRecords)
            .AddEndpointFilter<ChildRecordEndpointFilter>()
            .WithName("GetChildVoice")
            .WithSummary("A child's Have Your Say codes and advocacy referrals")
            .WithDescription("Which surveys the child was sent a code for and whether it has been used (never the answers), and their referrals to an advocate.")
            .WithTags("Voice");
        return app;
    }

    public sealed record InvitationDto(int SurveyId, string Survey, string Status, string Code, DateOnly IssuedOn, bool Answered);

    public sealed record ReferralDto(int Id, DateOnly ReferredOn, string ReferredBy, string Reason, string Provider, string? Outcome, DateOnly? ClosedOn);

    public sealed record ChildVoiceDto(int ChildId, IReadOnlyList<InvitationDto> Invitations, IReadOnlyList<ReferralDto> AdvocacyReferrals);

    public static async Task<Results<Ok<ChildVoiceDto>, NotFound>> GetChildVoiceAsync(int childId, CoParentDbContext db, CancellationToken ct)
    {
        if (!await db.Children.AnyAsync(c => c.Id == childId, ct)) return TypedResults.NotFound();
        var invitations = await ChildVoiceQueries.InvitationsAsync(db, childId, ct);
        var referrals = await ChildVoiceQueries.ReferralsAsync(db, childId, ct);
        return TypedResults.Ok(new ChildVoiceDto(childId,
            invitations.Select(i => new InvitationDto(i.SurveyId, i.Survey, i.Status.ToString(), i.Code, i.IssuedOn, i.Answered)).ToList(),
            referrals.Select(r => new ReferralDto(r.Id, r.ReferredOn, AdvocacyReferral.Describe(r.ReferredBy), r.Reason, r.Provider, r.Outcome, r.ClosedOn)).ToList()));
    }
}

/// <summary>The queries the child's Voice page and its API share.</summary>
public static class ChildVoiceQueries
{
    public sealed record Invitation(int SurveyId, string Survey, SurveyStatus Status, DateOnly Opens, DateOnly Closes, string Code, DateOnly IssuedOn, bool Answered);

    public static Task<List<Invitation>> InvitationsAsync(CoParentDbContext db, int childId, CancellationToken ct) =>
        db.SurveyInvitations.AsNoTracking().Where(i => i.ChildId == childId)
            .OrderByDescending(i => i.IssuedOn)
            .Select(i => new Invitation(i.SurveyId, i.Survey!.Title, i.Survey.Status, i.Survey.Opens, i.Survey.Closes, i.Code, i.IssuedOn, i.UsedOn != null))
            .ToListAsync(ct);

    public static Task<List<AdvocacyReferral>> ReferralsAsync(CoParentDbContext db, int childId, CancellationToken ct) =>
        db.AdvocacyReferrals.AsNoTracking().Where(r => r.ChildId == childId).OrderByDescending(r => r.ReferredOn).ToListAsync(ct);
}

/// <summary>Section <c>HaveYourSay</c> of the configuration.</summary>
public sealed class HaveYourSayOptions
{
    /// <summary>
    /// How many times a minute one address may open or send the code pages (0: no limit). Codes are long enough
    /// not to be guessed, and this keeps it so.
    /// </summary>
    public int CodeAttemptsPerMinute { get; set; } = 20;
}
