using CoParent.Core.Family;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    /// <summary>Puts the child's open episode with another carer (test children all start with "Test foster carers" at CM2 0AA).</summary>
    public static Task MoveToCarerAsync(CoParentApp app, int childId, string carerName, string postcode) =>
        app.WithDbAsync(async db =>
        {
            var open = await db.CareEpisodes.SingleAsync(e => e.ChildId == childId && e.Dec == null);
            open.CarerName = carerName;
            open.PlPost = postcode;
            await db.SaveChangesAsync();
        });

    public static Task LinkSiblingsAsync(CoParentApp app, int a, int b, bool placedTogether = true) =>
        app.WithDbAsync(async db =>
        {
            var (first, second) = SiblingLink.Ordered(a, b);
            db.SiblingLinks.Add(new SiblingLink
            {
                ChildId = first, SiblingId = second, Relationship = SiblingRelationship.Full, PlacedTogether = placedTogether,
                ApartReason = placedTogether ? null : ApartReason.NoPlacementTogether, RecordedAtUtc = CoParentApp.Now.UtcDateTime,
            });
            await db.SaveChangesAsync();
        });
}
