using CoParent.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoParent.Web.Tests.Security;

/// <summary>
/// A second copy of the app over the fixture's database, for tests that must move the clock or force an
/// error without disturbing the other tests in the collection (which share the fixture's clock).
/// It has a clock of its own, and a test-only filter: a request to a page with <c>X-Test-Status: 500</c>
/// throws inside the real pipeline, <c>403</c> forbids, so the app's own error handling answers.
/// </summary>
public static class SecurityHost
{
    public const string ForceStatusHeader = "X-Test-Status";

    public static WebApplicationFactory<Program> Create(CoParentApp app, FakeTimeProvider? clock = null, Action<IWebHostBuilder>? configure = null) =>
        app.WithWebHostBuilder(builder =>
        {
            builder.ConfigureServices(services =>
            {
                if (clock is not null)
                {
                    services.RemoveAll<TimeProvider>();
                    services.AddSingleton<TimeProvider>(clock);
                }
                services.Configure<MvcOptions>(o => o.Filters.Add(new ForceStatusFilter()));
            });
            configure?.Invoke(builder);
        });

    public static FakeTimeProvider NewClock()
    {
        var clock = new FakeTimeProvider(CoParentApp.Now);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return clock;
    }

    public static HttpClient CreateBrowserlessClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });

    private sealed class ForceStatusFilter : IAsyncResourceFilter
    {
        public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
        {
            var request = context.HttpContext.Request;
            // The re-executed error page carries the same headers; it must render, not fail again.
            if (!request.Path.StartsWithSegments("/error") && request.Headers.TryGetValue(ForceStatusHeader, out var status))
            {
                if (status == "500") throw new InvalidOperationException("Forced by a test");
                context.Result = new StatusCodeResult(int.Parse(status.ToString(), System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
            await next();
        }
    }
}
