using System.Net;
using System.Text;
using AngleSharp.Html.Dom;

namespace CoParent.Web.Tests.Infrastructure;

/// <summary>A list downloaded as CSV, read back into its header row and data rows (quoted cells unquoted).</summary>
public sealed record DownloadedCsv(string FileName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static async Task<DownloadedCsv> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = Parse(text);
        return new DownloadedCsv(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName ?? "",
            lines[0], lines.Skip(1).ToList());
    }

    /// <summary>The header cells of a page's table, as a person reads them.</summary>
    public static IReadOnlyList<string> HeadersOf(IHtmlDocument page, string tableSelector) =>
        page.QuerySelectorAll($"{tableSelector} thead th").Select(th => th.TextContent.Trim()).ToList();

    public bool HasRowContaining(string text) => Rows.Any(r => r.Any(c => c.Contains(text, StringComparison.Ordinal)));

    private static List<IReadOnlyList<string>> Parse(string text)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add(row); }
        return rows;
    }
}
