using System.Net;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Children;

/// <summary>
/// The register's search matches the start of a given, family or preferred name, a given name followed by the
/// start of the family name, or a person ID exactly, ignoring case, accents, apostrophes and hyphens.
/// </summary>
public abstract class RegisterSearchTests(CoParentApp app) : IntegrationTest(app)
{
    private async Task<List<string>> NamesFoundAsync(string search)
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);
        var response = await client.GetAsync($"/children?q={Uri.EscapeDataString(search)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        return page.QuerySelectorAll("table.govuk-table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
    }

    [SkippableFact]
    public async Task Get_Register_SearchByStartOfFamilyName_FindsChild()
    {
        var family = TestData.UniqueFamilyName("Searchfam");
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Ada", familyName: family);

        var names = await NamesFoundAsync(family[..^3].ToUpperInvariant());

        Assert.Equal([$"Ada {family}"], names);
    }

    [SkippableFact]
    public async Task Get_Register_SearchByStartOfGivenName_FindsChild()
    {
        var given = TestData.UniqueFamilyName("Givenname");
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: given, familyName: "Testchild");

        var names = await NamesFoundAsync(given[..^2].ToLowerInvariant());

        Assert.Equal([$"{given} Testchild"], names);
    }

    [SkippableFact]
    public async Task Get_Register_SearchByStartOfPreferredName_FindsChildUnderThatName()
    {
        var preferred = TestData.UniqueFamilyName("Preferred");
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Alexandra", familyName: "Testchild");
        await App.WithDbAsync(async db =>
        {
            var saved = await db.Children.FindAsync(child.Id);
            saved!.PreferredName = preferred;
            await db.SaveChangesAsync();
        });

        var byPreferred = await NamesFoundAsync(preferred[..^4]);
        var byPreferredAndFamily = await NamesFoundAsync($"{preferred} testch");

        Assert.Equal([$"{preferred} Testchild"], byPreferred);
        Assert.Equal([$"{preferred} Testchild"], byPreferredAndFamily);
    }

    [SkippableFact]
    public async Task Get_Register_SearchByGivenNameAndStartOfFamilyName_FindsOnlyThatChild()
    {
        var family = TestData.UniqueFamilyName("Pair");
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Bea", familyName: family);
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Cal", familyName: family);

        var names = await NamesFoundAsync($"bea {family[..^2]}");

        Assert.Equal([$"Bea {family}"], names);
    }

    [SkippableFact]
    public async Task Get_Register_SearchInsideAName_FindsNothing()
    {
        var family = TestData.UniqueFamilyName("Inside");
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Ada", familyName: family);

        var names = await NamesFoundAsync(family[2..]);

        Assert.Empty(names);
    }

    [SkippableFact]
    public async Task Get_Register_SearchByPersonIdInAnyCase_FindsThatChildOnly()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: TestData.UniqueFamilyName());

        var exact = await NamesFoundAsync(child.PersonId);
        var lower = await NamesFoundAsync($" {child.PersonId.ToLowerInvariant()} ");
        var partial = await NamesFoundAsync(child.PersonId[..^1]);

        Assert.Equal([child.DisplayName], exact);
        Assert.Equal([child.DisplayName], lower);
        Assert.DoesNotContain(child.DisplayName, partial);
    }

    [SkippableTheory]
    [InlineData("o'")]
    [InlineData("O")]
    [InlineData("O’")]
    public async Task Get_Register_SearchForNameWithApostrophe_FindsItWithOrWithoutTheApostrophe(string prefix)
    {
        var stem = TestData.UniqueFamilyName("Neill");
        var family = $"O'{stem}";
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Ada", familyName: family);

        var names = await NamesFoundAsync(prefix + stem.ToLowerInvariant());

        Assert.Equal([$"Ada {family}"], names);
    }

    [SkippableTheory]
    [InlineData("{0}-jones")]
    [InlineData("{0} JONES")]
    [InlineData("{0}-jo")]
    [InlineData("{0}")]
    public async Task Get_Register_SearchForHyphenatedFamilyName_FindsItByEitherSpelling(string search)
    {
        var stem = TestData.UniqueFamilyName("Smith");
        var family = $"{stem}-Jones";
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Ada", familyName: family);

        var names = await NamesFoundAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, search, stem.ToLowerInvariant()));

        Assert.Equal([$"Ada {family}"], names);
    }

    [SkippableFact]
    public async Task Get_Register_SearchWithoutAccent_FindsAccentedName()
    {
        var stem = TestData.UniqueFamilyName("Zoe");
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Ada", familyName: "Zoë" + stem[3..]);

        var names = await NamesFoundAsync(stem);

        Assert.Equal([$"Ada Zoë{stem[3..]}"], names);
    }

    [SkippableFact]
    public async Task EditChild_ChangedFamilyName_IsFoundByTheNewNameOnly()
    {
        var before = TestData.UniqueFamilyName("Before");
        var after = TestData.UniqueFamilyName("After");
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Ada", familyName: before);

        await App.WithDbAsync(async db =>
        {
            var saved = await db.Children.FindAsync(child.Id);
            saved!.FamilyName = after;
            await db.SaveChangesAsync();
        });

        Assert.Empty(await NamesFoundAsync(before));
        Assert.Equal([$"Ada {after}"], await NamesFoundAsync(after));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegisterSearchTests_Sqlite(SqliteApp app) : RegisterSearchTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegisterSearchTests_Postgres(PostgresApp app) : RegisterSearchTests(app);
