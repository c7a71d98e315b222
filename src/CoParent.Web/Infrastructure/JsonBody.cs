using System.Text.Json;

namespace CoParent.Web.Infrastructure;

/// <summary>
/// The body of a child-record API call, read inside the handler rather than bound: the record filter has then
/// already refused (and audited) a caller without access before anything about their body is answered. JSON only,
/// so a form that a browser could post from another site is refused too.
/// </summary>
public static class JsonBody
{
    /// <summary>The body as <typeparamref name="T"/>, or null when it is not JSON or not that shape.</summary>
    public static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType()) return null;
        try
        {
            return await request.ReadFromJsonAsync<T>(ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
