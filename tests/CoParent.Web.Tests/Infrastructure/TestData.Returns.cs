using System.Globalization;
using System.Net;
using CoParent.Core.Children;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data.Demo;
using CoParent.Data.Ssda903.Storing;
using CoParent.Web.Features.Returns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    /// <summary>
    /// A child in care since May 2026 whose record breaks two DfE rules: sex "X" (rule 101, a header field) and a
    /// reason for new episode "Q" (rule 143, an episode field). The Person ID starts with 0 so the child sorts
    /// before other tests' children in the return and is among the first rows shown under each rule.
    /// </summary>
    public static async Task<Child> CreateChildBreakingReturnRulesAsync(CoParentApp app)
    {
        var child = await CreateChildInCareAsync(app, socialWorkerId: app.Users.SocialWorkerId, since: new DateOnly(2026, 5, 1));
        return await app.WithDbAsync(async db =>
        {
            var stored = await db.Children.Include(c => c.Episodes).SingleAsync(c => c.Id == child.Id);
            stored.PersonId = "0" + Random.Shared.Next(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture);
            stored.Sex = "X";
            stored.Episodes.First().Rne = "Q";
            await db.SaveChangesAsync();
            return stored;
        });
    }

    /// <summary>A small valid return (the demo generator's), as the DfE's CSV files: name and bytes.</summary>
    public static (Ssda903Return Return, List<(string Name, byte[] Bytes)> Files) SmallReturn(int seed, int children = 20)
    {
        var ret = DemoReturn.Generate(new DemoReturnOptions(Children: children, Seed: seed, Year: 2027), "E10000012");
        var files = TableSchemas.ForYear(2027)
            .Select(s => (s.FileName, Ssda903Writer.ToBytes(s, ret.Table(s.Table)?.Rows ?? [])))
            .ToList();
        return (ret, files);
    }

    /// <summary>Posts the upload form as a browser would (multipart, with the page's antiforgery token); returns the job's address.</summary>
    public static async Task<HttpResponseMessage> UploadReturnAsync(HttpClient client, int year, IEnumerable<(string Name, byte[] Bytes)> files)
    {
        var token = await client.AntiforgeryTokenAsync("/returns/upload");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(year.ToString(CultureInfo.InvariantCulture)), "Year" },
        };
        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new("text/csv");
            form.Add(content, "Files", name);
        }
        return await client.PostAsync("/returns/upload", form);
    }

    /// <summary>Opens an import's page until it stops refreshing itself (the import finished), or fails after a minute.</summary>
    public static async Task<string> WaitForImportAsync(HttpClient client, string jobUrl)
    {
        for (var i = 0; i < 300; i++)
        {
            var response = await client.GetAsync(jobUrl);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (!response.Headers.Contains("Refresh")) return await response.Content.ReadAsStringAsync();
            await Task.Delay(200);
        }
        throw new TimeoutException($"The import at {jobUrl} did not finish within a minute.");
    }

    /// <summary>Tests change records and read the check straight back: forget the shared check for the year first.</summary>
    public static void ForgetReturnCheck(CoParentApp app, int year) =>
        app.Services.GetRequiredService<ReturnChecks>().Forget(new CollectionYear(year));
}
