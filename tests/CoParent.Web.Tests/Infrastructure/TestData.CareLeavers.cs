using CoParent.Core.Allocations;
using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    /// <summary>Makes the adviser the young person's personal adviser from a year ago.</summary>
    public static Task AllocatePersonalAdviserAsync(CoParentApp app, int childId, string adviserId) =>
        app.WithDbAsync(async db =>
        {
            db.Allocations.Add(new Allocation
            {
                ChildId = childId, Role = AllocationRole.PersonalAdviser, UserId = adviserId,
                From = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime).AddYears(-1),
            });
            await db.SaveChangesAsync();
        });

    /// <summary>
    /// A care leaver aged <paramref name="age"/> today who was fostered from 14 until their 18th birthday and has
    /// the given personal adviser.
    /// </summary>
    public static async Task<Child> CreateCareLeaverAsync(CoParentApp app, string? adviserId = null, int age = 19, string familyName = "Testleaver")
    {
        var today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);
        var dob = today.AddYears(-age).AddDays(-40);
        var child = await app.WithDbAsync(async db =>
        {
            var c = new Child
            {
                PersonId = NewPersonId(), GivenName = "Bea", FamilyName = familyName, DateOfBirth = dob, Sex = "F", Ethnicity = "WBRI",
                HomePostcode = "CM1 1AA", CreatedAtUtc = CoParentApp.Now.UtcDateTime,
            };
            c.Episodes.Add(new CareEpisode
            {
                Decom = dob.AddYears(14), Rne = "S", Ls = "C2", Cin = "N1", Place = "U4", PlaceProvider = "PR1",
                HomePost = "CM1 1AA", PlPost = "CM2 0AA", CarerName = "Test foster carers",
                Dec = Age.Birthday(dob, dob.Year + 18), Rec = "E17",
            });
            db.Children.Add(c);
            await db.SaveChangesAsync();
            return c;
        });
        if (adviserId is not null) await AllocatePersonalAdviserAsync(app, child.Id, adviserId);
        return child;
    }
}
