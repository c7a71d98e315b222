using System.Net;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Security;

/// <summary>How the security tests read responses and send requests.</summary>
public static class SecurityHttp
{
    /// <summary>The access check let the request through: not refused, not missing, not sent to sign in or to an error page.</summary>
    public static bool WasAllowed(HttpResponseMessage response) =>
        // A page that fails with a server error has not let anyone in either: it has to work to count as allowed.
        (int)response.StatusCode < 500
        && response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        && !(IsRedirect(response) && Location(response) is { } to && (to.StartsWith("/sign-in", StringComparison.Ordinal) || to.StartsWith("/error", StringComparison.Ordinal)));

    public static bool IsRedirect(HttpResponseMessage response) => (int)response.StatusCode is >= 300 and < 400;

    /// <summary>The redirect target's path and query, whether the header is absolute or relative.</summary>
    public static string? Location(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    public static string Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode}{(IsRedirect(response) ? " to " + Location(response) : "")}";

    /// <summary>Sends a route's request as the given client: GET, or a form POST carrying this session's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, AppRoute route, string url, bool withToken = true)
    {
        if (route.Method == "GET") return await client.GetAsync(url);
        var fields = new List<KeyValuePair<string, string>>();
        if (withToken) fields.Add(new("__RequestVerificationToken", await client.AntiforgeryTokenAsync("/", fromLayout: true)));
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), url) { Content = new FormUrlEncodedContent(fields) };
        return await client.SendAsync(request);
    }

    /// <summary>The value of a cookie set by this response, or null.</summary>
    public static string? SetCookieValue(HttpResponseMessage response, string name) =>
        SetCookieHeader(response, name) is { } header ? header[(name.Length + 1)..].Split(';')[0] : null;

    /// <summary>The last Set-Cookie header for this cookie (a sign-in first deletes any earlier cookie, then sets the new one).</summary>
    public static string? SetCookieHeader(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.LastOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal))
            : null;
}
