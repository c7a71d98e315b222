using CoParent.Core.Allocations;
using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Infrastructure;

/// <summary>Named builders for test records. Every child gets a unique person ID so tests share a database safely.</summary>
public static partial class TestData
{
    private static int _sequence;

    public static string NewPersonId() => $"T{Interlocked.Increment(ref _sequence):D5}{Random.Shared.Next(1000):D3}";

    /// <summary>
    /// A child in care since <paramref name="since"/> (default a year ago) in a foster placement, allocated to a
    /// social worker (in that worker's team) and optionally an IRO.
    /// </summary>
    public static async Task<Child> CreateChildInCareAsync(
        CoParentApp app, string? socialWorkerId = null, string? iroId = null,
        string givenName = "Ada", string familyName = "Testchild", string? upn = null,
        DateOnly? dateOfBirth = null, DateOnly? since = null, string place = "U4", string legalStatus = "C2")
    {
        var today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);
        return await app.WithDbAsync(async db =>
        {
            var start = since ?? today.AddYears(-1);
            var child = new Child
            {
                PersonId = NewPersonId(),
                GivenName = givenName,
                FamilyName = familyName,
                DateOfBirth = dateOfBirth ?? today.AddYears(-12),
                Sex = "F",
                Ethnicity = "WBRI",
                Upn = upn,
                HomePostcode = "CM1 1AA",
                CreatedAtUtc = CoParentApp.Now.UtcDateTime,
            };
            child.Episodes.Add(new CareEpisode
            {
                Decom = start, Rne = "S", Ls = legalStatus, Cin = "N1", Place = place, PlaceProvider = "PR1",
                HomePost = "CM1 1AA", PlPost = "CM2 0AA", CarerName = "Test foster carers",
            });
            if (socialWorkerId is not null)
            {
                var user = await db.Users.SingleAsync(u => u.Id == socialWorkerId);
                child.Allocations.Add(new Allocation
                {
                    Role = AllocationRole.SocialWorker, UserId = socialWorkerId, TeamId = user.TeamId, From = start,
                });
            }
            if (iroId is not null)
            {
                child.Allocations.Add(new Allocation { Role = AllocationRole.IndependentReviewingOfficer, UserId = iroId, From = start });
            }
            db.Children.Add(child);
            await db.SaveChangesAsync();
            return child;
        });
    }
}
