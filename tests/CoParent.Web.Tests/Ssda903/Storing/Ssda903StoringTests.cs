using CoParent.Core.Audit;
using CoParent.Core.CareLeavers;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data;
using CoParent.Data.Ssda903.Storing;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CoParent.Web.Tests.Ssda903.Storing.ReturnBuilder;

namespace CoParent.Web.Tests.Ssda903.Storing;

public abstract class Ssda903StoringTests(CoParentApp app) : IntegrationTest(app)
{
    private const string Actor = "import-test";

    [SkippableFact]
    public async Task ImportThenExport_ValidReturn_GivesTheSameRowsInEveryTable()
    {
        var ids = Ids();
        var original = Full2027(ids[0], ids[1], ids[2], ids[3]);

        var result = await App.WithDbAsync(db => Ssda903Importer.ImportAsync(db, original, null, Actor, CancellationToken.None));
        var exported = await App.WithDbAsync(db => Ssda903Exporter.BuildAsync(db, new CollectionYear(2027), "E10000012", CancellationToken.None));

        Assert.Empty(result.Problems);
        Assert.Equal(4, result.ChildrenCreated);
        var expected = RowsOf(original, ids.ToHashSet());
        var actual = RowsOf(exported, ids.ToHashSet());
        Assert.Equal(TableSchemas.ForYear(2027).Select(t => t.Table), exported.Tables.Select(t => t.Schema.Table));
        foreach (var table in expected.Keys) Assert.True(expected[table].SequenceEqual(actual[table]), $"{table} differs:\n{string.Join("\n", actual[table])}");
    }

    [SkippableFact]
    public async Task Import_SameReturnTwice_ChangesNothingTheSecondTime()
    {
        var ids = Ids();
        var ret = Full2027(ids[0], ids[1], ids[2], ids[3]);
        await App.WithDbAsync(db => Ssda903Importer.ImportAsync(db, ret, null, Actor, CancellationToken.None));
        var before = await SnapshotAsync(ids);

        var second = await App.WithDbAsync(db => Ssda903Importer.ImportAsync(db, ret, null, Actor, CancellationToken.None));
        var after = await SnapshotAsync(ids);

        Assert.Empty(second.Problems);
        Assert.Equal((0, 0), (second.ChildrenCreated, second.ChildrenUpdated));
        Assert.All(second.Tables.Values, t => Assert.Equal((0, 0), (t.Inserted, t.Updated)));
        Assert.Equal(before, after);
    }

    [SkippableFact]
    public async Task Import_LaterYear_UpdatesTheChildAndEpisodeWithoutDuplicatingThem()
    {
        var child = NewChildId("L");
        var lastYear = Return(2026, Header(child, "01/01/2012"), Episode(child, "01/05/2025"));
        var thisYear = Return(2027,
            Header(child, "01/01/2012") with { Ethnic = "WIRI" },
            Episode(child, "01/05/2025", "01/06/2026", "X1"),
            Episode(child, "01/06/2026", rne: "P", place: "U1"));
        await App.WithDbAsync(db => Ssda903Importer.ImportAsync(db, lastYear, null, Actor, CancellationToken.None));
        var versionBefore = await App.WithDbAsync(db => db.Children.Where(c => c.PersonId == child).Select(c => c.Version).SingleAsync());

        var result = await App.WithDbAsync(db => Ssda903Importer.ImportAsync(db, thisYear, lastYear, Actor, CancellationToken.None));

        var (stored, episodes, audit) = await App.WithDbAsync(async db =>
        {
            var c = await db.Children.AsNoTracking().SingleAsync(x => x.PersonId == child);
            var e = await db.CareEpisodes.AsNoTracking().Where(x => x.ChildId == c.Id).OrderBy(x => x.Decom).ToListAsync();
            var a = await db.AuditEntries.AsNoTracking().Where(x => x.ChildId == c.Id).Select(x => x.Action).ToListAsync();
            return (c, e, a);
        });
        Assert.Equal((0, 1), (result.ChildrenCreated, result.ChildrenUpdated));
        Assert.Equal(new TableImportCount(2, 1, 1), result.Tables[ReturnTable.Episodes]);
        Assert.Equal("WIRI", stored.Ethnicity);
        Assert.NotEqual(versionBefore, stored.Version);
        Assert.Equal([new DateOnly(2025, 5, 1), new DateOnly(2026, 6, 1)], episodes.Select(e => e.Decom));
        Assert.Equal((new DateOnly(2026, 6, 1), "X1"), (episodes[0].Dec, episodes[0].Rec));
        Assert.Equal([Ssda903Importer.ChildCreatedAction, Ssda903Importer.ChildUpdatedAction], audit);
    }

    [SkippableFact]
    public async Task Import_ReturnWithProblems_WritesNothingAndListsEveryProblem()
    {
        var (a, b, stranger) = (NewChildId("P"), NewChildId("P"), NewChildId("P"));
        var ret = Return(2027,
            Header(a, "01/01/2012"),
            Header(b, "01/01/2013"),
            Header(b, "01/01/2013"),
            Episode(a, "01/05/2026", "31/02/2027", "E8"),
            Episode(b, "01/05/2026"),
            Episode(b, "01/05/2026", rne: "P"),
            new ReviewRow { Child = "", Dob = "01/01/2012", Review = "01/06/2026", ReviewCode = "PN1" },
            new MissingRow { Child = stranger, Dob = "01/01/2010", Missing = "M", MisStart = "01/06/2026" });

        var result = await App.WithDbAsync(db => Ssda903Importer.ImportAsync(db, ret, null, Actor, CancellationToken.None));
        var written = await App.WithDbAsync(db => db.Children.CountAsync(c => c.PersonId == a || c.PersonId == b || c.PersonId == stranger));

        Assert.False(result.Imported);
        Assert.Equal(
            [
                ("header.csv", 3, "CHILD", ImportChecks.ChildTwiceInHeader),
                ("episodes.csv", 1, "DEC", ImportChecks.InvalidDate),
                ("episodes.csv", 3, "DECOM", ImportChecks.DuplicateDecom),
                ("reviews.csv", 1, "CHILD", ImportChecks.ChildBlank),
                ("missing.csv", 1, "CHILD", ImportChecks.ChildNotInHeader),
            ],
            result.Problems.Select(p => (p.File, p.Row, p.Column, p.Code)));
        Assert.Equal(0, written);
    }

    [SkippableFact]
    public async Task LoadStoredReturn_AfterImport_GivesBackTheReturnAsImported()
    {
        var child = NewChildId("S");
        var ret = Return(2024,
            Header(child, "01/01/2012") with { Upn = "A12345,67890" },
            Episode(child, "01/05/2023"),
            new ReviewRow { Child = child, Dob = "01/01/2012", Review = "01/06/2023", ReviewCode = "PN1" });
        await App.WithDbAsync(db => Ssda903Importer.ImportAsync(db, Return(2025, Header(child, "01/01/2012")), ret, Actor, CancellationToken.None));

        var stored = await App.WithDbAsync(db => Ssda903Importer.LoadStoredReturnAsync(db, new CollectionYear(2024)));

        Assert.NotNull(stored);
        Assert.Equal(TableSchemas.ForYear(2024).Select(t => t.Table), stored.Tables.Select(t => t.Schema.Table));
        Assert.Equal(RowsOf(ret, new HashSet<string> { child }), RowsOf(stored, new HashSet<string> { child }));
    }

    [SkippableFact]
    public async Task Export_ChildWithNoSocialWorkerEpisodesHeld_TakesThemFromAllocations()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: new DateOnly(2026, 5, 1));

        var exported = await App.WithDbAsync(db => Ssda903Exporter.BuildAsync(db, new CollectionYear(2027), "E10000012", CancellationToken.None));

        var sw = Assert.Single(exported.Child(child.PersonId)!.SWEpisodes);
        Assert.Equal(Ssda903Exporter.SocialWorkerId(App.Users.SocialWorkerId), sw.SwId);
        Assert.StartsWith("SW", sw.SwId);
    }

    [SkippableFact]
    public async Task Export_YearBeforeEpisodesEnded_ShowsThemOpenAt31March()
    {
        var ids = Ids();
        await App.WithDbAsync(db => Ssda903Importer.ImportAsync(db, Full2027(ids[0], ids[1], ids[2], ids[3]), null, Actor, CancellationToken.None));

        var exported = await App.WithDbAsync(db => Ssda903Exporter.BuildAsync(db, new CollectionYear(2026), "E10000012", CancellationToken.None));

        // Child A's first episode ended (X1) on 1 July 2026 and the social worker changed on 30 September 2026.
        var child = exported.Child(ids[0])!;
        var episode = Assert.Single(child.Episodes);
        Assert.Equal((new DateOnly(2025, 1, 10), null, null, null), (episode.Decom.Date, episode.Dec.Date, episode.Rec, episode.ReasonPlaceChange));
        var sw = Assert.Single(child.SWEpisodes);
        Assert.Equal(("SW100", true), (sw.SwId, sw.SwDec.IsBlank));
    }

    [SkippableFact]
    public async Task Export_CareLeaverNotLookedAfterInTheYear_HasNoMotherOrUascRow()
    {
        var leaver = NewChildId("M");
        var lastYear = Return(2026,
            Header(leaver, "10/10/2007"),
            Episode(leaver, "01/05/2024", "10/10/2025", "E8"),
            new UascRow { Child = leaver, Sex = "F", Dob = "10/10/2007", Duc = "10/10/2025" });
        await App.WithDbAsync(db => Ssda903Importer.ImportAsync(db, lastYear, null, Actor, CancellationToken.None));
        await App.WithDbAsync(async db =>
        {
            var id = await db.Children.Where(c => c.PersonId == leaver).Select(c => c.Id).SingleAsync();
            db.CareLeaverYears.Add(new CareLeaverYear { ChildId = id, CollectionYear = 2027, InTouch = "YES", Activity = "F2", Accommodation = "U1" });
            return await db.SaveChangesAsync();
        });

        var (then, now) = await App.WithDbAsync(async db => (
            await Ssda903Exporter.BuildAsync(db, new CollectionYear(2026), "E10000012", CancellationToken.None),
            await Ssda903Exporter.BuildAsync(db, new CollectionYear(2027), "E10000012", CancellationToken.None)));

        Assert.Equal("0", then.Child(leaver)!.Header!.Mother);
        Assert.Single(then.Child(leaver)!.Uasc);
        Assert.Null(now.Child(leaver)!.Header!.Mother);
        Assert.Empty(now.Child(leaver)!.Uasc);
        Assert.Single(now.Child(leaver)!.OC3);
    }

    private static string[] Ids() => [NewChildId("A"), NewChildId("B"), NewChildId("C"), NewChildId("D")];

    /// <summary>Every record of these children, with versions, as text: equal snapshots mean nothing was written.</summary>
    private Task<string> SnapshotAsync(string[] personIds) => App.WithDbAsync(async db =>
    {
        var children = await db.Children.AsNoTracking().Where(c => personIds.Contains(c.PersonId)).OrderBy(c => c.PersonId)
            .Select(c => new { c.Id, c.Version }).ToListAsync();
        var ids = children.Select(c => c.Id).ToList();
        var counts = new[]
        {
            await db.CareEpisodes.CountAsync(x => ids.Contains(x.ChildId)),
            await db.ChildReviews.CountAsync(x => ids.Contains(x.ChildId)),
            await db.AnnualHealthOutcomes.CountAsync(x => ids.Contains(x.ChildId)),
            await db.CareLeaverYears.CountAsync(x => ids.Contains(x.ChildId)),
            await db.AdoptionRecords.CountAsync(x => ids.Contains(x.ChildId)),
            await db.PlacementForAdoptionDecisions.CountAsync(x => ids.Contains(x.ChildId)),
            await db.PreviousPermanence.CountAsync(x => ids.Contains(x.ChildId)),
            await db.MissingEpisodes.CountAsync(x => ids.Contains(x.ChildId)),
            await db.SocialWorkerEpisodes.CountAsync(x => ids.Contains(x.ChildId)),
            await db.DeprivationOfLibertyOrders.CountAsync(x => ids.Contains(x.ChildId)),
            await db.AuditEntries.CountAsync(x => x.ChildId != null && ids.Contains(x.ChildId.Value) && x.Outcome == AuditOutcome.Allowed),
        };
        return string.Join(";", children.Select(c => $"{c.Id}:{c.Version}")) + "|" + string.Join(",", counts);
    });
}

[Collection(SqliteCollection.Name)]
public sealed class Ssda903StoringSqliteTests(SqliteApp app) : Ssda903StoringTests(app);

[Collection(PostgresCollection.Name)]
public sealed class Ssda903StoringPostgresTests(PostgresApp app) : Ssda903StoringTests(app);
