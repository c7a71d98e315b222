using System.Text.RegularExpressions;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Web.Tests.Security;

/// <summary>One method on one route of the running app, e.g. <c>POST /children/{childId}/edit</c>.</summary>
/// <param name="Pattern">The route pattern with constraints removed and a leading slash: <c>/children/{childId}</c>.</param>
/// <param name="Handler">A named Razor Pages handler (<c>OnPostExternal</c> is "External"), else null.</param>
public sealed record AppRoute(string Method, string Pattern, bool IsPage, string? Handler)
{
    public string Key => $"{Method} {Pattern}";

    public bool IsChildScoped => Parameters.Contains("childId");

    public bool IsApi => Pattern.StartsWith("/api/", StringComparison.Ordinal);

    public IReadOnlyList<string> Parameters =>
        [.. AppRoutes.ParameterSyntax().Matches(Pattern).Select(m => m.Groups["name"].Value)];

    /// <summary>A URL for this route: <c>childId</c> filled in, optional parameters left out, others from <see cref="AccessMatrix.SampleRouteValues"/>.</summary>
    public string Url(int? childId = null)
    {
        var path = AppRoutes.ParameterSyntax().Replace(Pattern, m =>
        {
            var name = m.Groups["name"].Value;
            if (name == "childId") return childId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? throw new InvalidOperationException($"{Key} needs a child");
            if (AccessMatrix.SampleRouteValues.TryGetValue(name, out var value)) return value;
            if (m.Groups["optional"].Success) return "";
            throw new InvalidOperationException($"{Key}: add a sample value for {{{name}}} to AccessMatrix.SampleRouteValues");
        });
        path = path.Replace("//", "/", StringComparison.Ordinal);
        if (path.Length > 1) path = path.TrimEnd('/');
        return Handler is null ? path : $"{path}?handler={Handler}";
    }

    public override string ToString() => Handler is null ? Key : $"{Key} (handler {Handler})";
}

/// <summary>Every route the app has at run time, read from its endpoint data source, so routes added later are covered too.</summary>
public static partial class AppRoutes
{
    /// <summary>A route parameter: <c>{childId}</c>, <c>{code:int?}</c>, <c>{**path}</c>.</summary>
    [GeneratedRegex(@"\{(?<star>\*{0,2})(?<name>\w+)(?<rest>[^}]*?)(?<optional>\?)?\}")]
    internal static partial Regex ParameterSyntax();

    public static async Task<IReadOnlyList<AppRoute>> AllAsync(CoParentApp app)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var loader = app.Services.GetRequiredService<PageLoader>();
        var routes = new List<AppRoute>();
        foreach (var endpoint in endpoints)
        {
            var pattern = Normalise(endpoint.RoutePattern.RawText ?? "");
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()
                    ?? await loader.LoadAsync(page, endpoint.Metadata);
                routes.Add(new AppRoute("GET", pattern, IsPage: true, Handler: null));
                foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)))
                {
                    routes.Add(new AppRoute("POST", pattern, IsPage: true, Handler: string.IsNullOrEmpty(handler.Name) ? null : handler.Name));
                }
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            routes.AddRange(methods.Where(m => m is "GET" or "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => new AppRoute(m, pattern, IsPage: false, Handler: null)));
        }
        return [.. routes.Distinct().OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];
    }

    /// <summary>"children/{childId:int}" becomes "/children/{childId}", the form the matrix is written in.</summary>
    public static string Normalise(string rawPattern)
    {
        var withoutConstraints = ParameterSyntax().Replace(rawPattern, m =>
            $"{{{m.Groups["star"].Value}{m.Groups["name"].Value}{(m.Groups["optional"].Success ? "?" : "")}}}");
        // Routing ignores a trailing slash, so "/api/children/" (a group's "" route) is "/api/children".
        var normalised = "/" + withoutConstraints.Trim('/');
        return normalised;
    }
}
