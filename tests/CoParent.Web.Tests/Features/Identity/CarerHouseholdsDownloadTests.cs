using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Identity;

/// <summary>The carers' households list as CSV: the page's columns and search, every page of it; no child in it.</summary>
public abstract class CarerHouseholdsDownloadTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task GetCarerHouseholdsCsv_AsManager_HasTheSearchedHouseholdsWithThePagesColumns()
    {
        var stem = TestData.UniqueFamilyName("Dlhouse");
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var placedWith = await TestData.PlaceWithHouseholdAsync(App, child.Id, "APKN", "Muslim", "WBRI", "Muslim");
        await App.WithDbAsync(async db => { (await db.CarerHouseholds.FindAsync(placedWith))!.Name = $"Mrs {stem} Three"; await db.SaveChangesAsync(); });
        var manager = await App.SignedInClientAsync(TestUsers.Manager);
        foreach (var name in new[] { $"Ms {stem} One", $"Mr {stem} Two" })
        {
            await manager.PostFormAsync("/carer-households/edit",
                [new("Input.Name", name), new("Input.PlaceProvider", "PR4"), new("Input.Agency", "Test Fostering Ltd"), new("Input.Ethnicity", "BCRB"), new("Input.Religion", "Christian")]);
        }

        var page = await Html.ParseAsync(await manager.GetAsync($"/carer-households?q={stem}"));
        var file = await DownloadedCsv.GetAsync(manager, $"/carer-households?q={stem}&format=csv");

        Assert.Equal(DownloadedCsv.HeadersOf(page, "#carer-households"), file.Headers);
        Assert.Equal([$"Mr {stem} Two", $"Mrs {stem} Three", $"Ms {stem} One"], file.Rows.Select(r => r[0]).Order(StringComparer.Ordinal));
        Assert.Equal("1", Assert.Single(file.Rows, r => r[0] == $"Mrs {stem} Three")[4]);
        Assert.Equal(page.QuerySelectorAll("#carer-households tbody tr").Select(tr => tr.Children.Select(td => td.TextContent.Trim()).ToList()), file.Rows);
        Assert.False(file.HasRowContaining(child.FamilyName));
        Assert.NotNull(page.QuerySelector($"#downloads a[href='/carer-households?q={stem}&format=csv']"));
    }

    [SkippableFact]
    public async Task GetCarerHouseholdsCsv_AsSocialWorkerOrCouncillor_IsForbidden()
    {
        foreach (var user in new[] { TestUsers.SocialWorker, TestUsers.Councillor })
        {
            var client = await App.SignedInClientAsync(user);

            Html.AssertForbidden(await client.GetAsync("/carer-households?format=csv"));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CarerHouseholdsDownloadTests_Sqlite(SqliteApp app) : CarerHouseholdsDownloadTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CarerHouseholdsDownloadTests_Postgres(PostgresApp app) : CarerHouseholdsDownloadTests(app);
