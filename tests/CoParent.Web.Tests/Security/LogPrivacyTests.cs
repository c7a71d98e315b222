using CoParent.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CoParent.Web.Tests.Security;

/// <summary>Issue 3 §3 (f): no child's name or UPN reaches the logs, whatever the log level.</summary>
public abstract class LogPrivacyTests(CoParentApp app) : IntegrationTest(app)
{
    private const string GivenName = "Quillonette";
    private const string FamilyName = "Zephyrmoorcroft";
    private const string Upn = "Q80123456789X";
    private static readonly string[] FieldNames = ["Input.GivenName", "Input.FamilyName", "Input.Upn", "GivenName", "FamilyName", "Upn", "q"];

    [SkippableFact]
    public async Task UsingEveryPageWithAChild_AtTraceLevel_LogsNoNameOrUpn()
    {
        var canary = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId,
            givenName: GivenName, familyName: FamilyName, upn: Upn);
        await using var host = SecurityHost.Create(App, configure: builder =>
        {
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
            }));
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        });
        var routes = await AppRoutes.AllAsync(App);
        var anonymous = host.CreateBrowserlessClient();
        var manager = host.CreateBrowserlessClient();
        var search = $"/children?q={Uri.EscapeDataString(GivenName + " " + FamilyName)}";
        var searchUpn = $"/children?q={Upn}";

        // Signed out: asked to sign in first, with the search in the return address, then signed in and sent back.
        await anonymous.GetAsync(search);
        await anonymous.PostFormAsync($"/sign-in?ReturnUrl={Uri.EscapeDataString(search)}",
            [new("UserName", TestUsers.Manager), new("Password", TestUsers.Password), new("ReturnUrl", search)]);
        await anonymous.PostFormAsync("/sign-in", [new("UserName", Upn), new("Password", FamilyName)]);
        await manager.SignInAsync(TestUsers.Manager);
        foreach (var route in routes.Where(r => r.Method == "GET" && !r.Pattern.Contains("/sign-out", StringComparison.Ordinal)))
        {
            await manager.GetAsync(route.Url(canary.Id));
            await manager.GetAsync($"{route.Url(canary.Id)}?q={Upn}");
        }
        await manager.GetAsync(search);
        await manager.GetAsync(searchUpn);
        foreach (var route in routes.Where(r => r.Method == "POST" && r.IsChildScoped || r.Key == "POST /children/new"))
        {
            // Every field filled with the child's details, with and without a token: saved or refused, never logged.
            var fields = FieldNames.Select(f => new KeyValuePair<string, string>(f, $"{GivenName} {FamilyName} {Upn}")).ToList();
            await manager.PostFormAsync(route.Url(canary.Id), fields, tokenFrom: "/");
            await manager.PostAsync(route.Url(canary.Id), new FormUrlEncodedContent(fields));
        }
        using var failing = new HttpRequestMessage(HttpMethod.Get, $"/?q={Uri.EscapeDataString(GivenName)}");
        failing.Headers.Add(SecurityHost.ForceStatusHeader, "500");
        await manager.SendAsync(failing);

        var leaks = App.Logs.Lines.Where(line =>
            line.Contains(GivenName, StringComparison.OrdinalIgnoreCase) || line.Contains(FamilyName, StringComparison.OrdinalIgnoreCase)
            || line.Contains(Upn, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(App.Logs.Lines.Any(l => l.StartsWith("Trace", StringComparison.Ordinal)), "the host did not log at Trace level");
        Assert.True(leaks.Count == 0, "Log lines with the child's name or UPN:\n" + string.Join("\n", leaks.Take(20)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LogPrivacyTests_Sqlite(SqliteApp app) : LogPrivacyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LogPrivacyTests_Postgres(PostgresApp app) : LogPrivacyTests(app);
