using System.Net;
using CoParent.Web.Tests.Infrastructure;
using CoParent.Web.Tests.Security;
using CoParent.Web.Features.Voice;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Web.Tests.Features.Voice;

public abstract class HaveYourSayRateLimitTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task Get_CodePagesMoreOftenThanTheLimit_AreRefusedWith429()
    {
        await using var limited = SecurityHost.Create(App, configure: b =>
            b.ConfigureServices(s => s.Configure<HaveYourSayOptions>(o => o.CodeAttemptsPerMinute = 3)));
        var client = limited.CreateBrowserlessClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/have-your-say", "/have-your-say/NOTACODE22", "/have-your-say", "/have-your-say/NOTACODE22" })
        {
            statuses.Add((await client.GetAsync(path)).StatusCode);
        }

        Assert.True(statuses.Take(3).All(s => s != HttpStatusCode.TooManyRequests), string.Join(",", statuses));
        Assert.True(statuses[3] == HttpStatusCode.TooManyRequests, string.Join(",", statuses));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HaveYourSayRateLimitTests_Sqlite(SqliteApp app) : HaveYourSayRateLimitTests(app);
