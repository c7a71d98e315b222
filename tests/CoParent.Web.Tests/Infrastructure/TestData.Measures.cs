using CoParent.Core.Allocations;
using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    private static int _pastDay;

    /// <summary>
    /// A day long ago that no other test uses, so a test can count exactly who was in care on it even though
    /// the fixture database is shared.
    /// </summary>
    public static DateOnly UniquePastDate() => new DateOnly(1960, 1, 1).AddDays(Interlocked.Increment(ref _pastDay) * 40);

    /// <summary>A child in care for one month around <paramref name="asAt"/>, currently allocated to the social worker.</summary>
    public static async Task<Child> CreateChildInCareAroundAsync(
        CoParentApp app, DateOnly asAt, string socialWorkerId, string familyName = "Testchild",
        string place = "U4", string sex = "F", double? distance = 4.2, string? location = "IN")
    {
        return await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == socialWorkerId);
            var child = new Child
            {
                PersonId = NewPersonId(),
                GivenName = "Dash",
                FamilyName = familyName,
                DateOfBirth = asAt.AddYears(-9),
                Sex = sex,
                Ethnicity = "WBRI",
                CreatedAtUtc = CoParentApp.Now.UtcDateTime,
            };
            child.Episodes.Add(new CareEpisode
            {
                Decom = asAt.AddDays(-14), Rne = "S", Ls = "C2", Cin = "N1", Place = place, PlaceProvider = "PR1",
                Dec = asAt.AddDays(14), Rec = "E4A", PlLocation = location, PlDistance = distance, CarerName = "Test foster carers",
            });
            child.Allocations.Add(new Allocation
            {
                Role = AllocationRole.SocialWorker, UserId = socialWorkerId, TeamId = user.TeamId, From = asAt.AddDays(-14),
            });
            db.Children.Add(child);
            await db.SaveChangesAsync();
            return child;
        });
    }
}
