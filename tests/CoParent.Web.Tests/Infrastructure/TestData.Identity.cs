using CoParent.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    /// <summary>Sets the child's ethnicity and religion and links their open episode to a new carers' household.</summary>
    public static Task<int> PlaceWithHouseholdAsync(
        CoParentApp app, int childId, string childEthnicity, string? childReligion, string householdEthnicity, string? householdReligion) =>
        app.WithDbAsync(async db =>
        {
            var household = new CarerHousehold { Name = "Test foster carers", PlaceProvider = "PR1", Ethnicity = householdEthnicity, Religion = householdReligion };
            db.CarerHouseholds.Add(household);
            await db.SaveChangesAsync();
            var child = await db.Children.Include(c => c.Episodes).SingleAsync(c => c.Id == childId);
            child.Ethnicity = childEthnicity;
            child.Religion = childReligion;
            foreach (var episode in child.Episodes.Where(e => e.Dec == null)) episode.CarerHouseholdId = household.Id;
            await db.SaveChangesAsync();
            return household.Id;
        });
}
