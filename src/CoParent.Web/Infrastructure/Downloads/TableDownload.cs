using System.IO.Compression;
using System.Security;
using System.Text;

namespace CoParent.Web.Infrastructure.Downloads;

/// <summary>
/// A list as a person downloads it: the same columns and rows the page shows them, never more (the brief's rule that
/// exports leak nothing the page does not). <see cref="Csv"/> and <see cref="Xlsx"/> give the two files every list offers.
/// </summary>
public sealed record DownloadTable(string FileName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string?>> Rows);

public static class TableDownload
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>"csv" or "xlsx" from a <c>?format=</c> value; null for anything else.</summary>
    public static string? Format(string? requested) => requested?.ToLowerInvariant() switch
    {
        "csv" => "csv",
        "xlsx" => "xlsx",
        _ => null,
    };

    /// <summary>The file for a format ("csv" or "xlsx"), for a page handler to return.</summary>
    public static Microsoft.AspNetCore.Mvc.FileContentResult File(DownloadTable table, string format) => format == "xlsx"
        ? new(Xlsx(table), XlsxType) { FileDownloadName = table.FileName + ".xlsx" }
        : new(Csv(table), CsvType) { FileDownloadName = table.FileName + ".csv" };

    /// <summary>
    /// RFC 4180 CSV with a byte-order mark (so Excel reads the pound sign and accents). A cell starting with = + - @ is
    /// prefixed with an apostrophe so a spreadsheet never runs it as a formula (CSV injection).
    /// </summary>
    public static byte[] Csv(DownloadTable table)
    {
        var text = new StringBuilder();
        AppendCsvLine(text, table.Headers);
        foreach (var row in table.Rows) AppendCsvLine(text, row);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void AppendCsvLine(StringBuilder text, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var raw in cells)
        {
            if (!first) text.Append(',');
            first = false;
            var cell = Defuse(raw ?? "");
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0) text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else text.Append(cell);
        }
        text.Append("\r\n");
    }

    private static string Defuse(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(cell, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell;

    /// <summary>
    /// A one-sheet XLSX (Office Open XML) written directly: inline strings, numbers as numbers, a bold header row that
    /// stays in view. No package is needed for this much, and none that fits restores here.
    /// </summary>
    public static byte[] Xlsx(DownloadTable table)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
                """);
            Write(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Write(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Write(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """);
            Write(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf fontId="0"/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>
                """);
            var sheet = new StringBuilder();
            sheet.Append("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""")
                .Append("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>""");
            AppendRow(sheet, 1, table.Headers, header: true);
            var r = 2;
            foreach (var row in table.Rows) AppendRow(sheet, r++, row, header: false);
            sheet.Append("</sheetData></worksheet>");
            Write(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
        }
        return stream.ToArray();
    }

    private static void AppendRow(StringBuilder sheet, int number, IEnumerable<string?> cells, bool header)
    {
        sheet.Append("<row r=\"").Append(number).Append("\">");
        foreach (var cell in cells)
        {
            var style = header ? " s=\"1\"" : "";
            // Numbers stay numbers so a manager can sum a column; identifiers with leading zeros stay text.
            if (!header && cell is { Length: > 0 } && (cell[0] != '0' || cell.Length == 1 || cell[1] == '.')
                && decimal.TryParse(cell, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                sheet.Append("<c t=\"n\"").Append(style).Append("><v>").Append(cell).Append("</v></c>");
            }
            else
            {
                sheet.Append("<c t=\"inlineStr\"").Append(style).Append("><is><t xml:space=\"preserve\">")
                    .Append(SecurityElement.Escape(Printable(cell ?? ""))).Append("</t></is></c>");
            }
        }
        sheet.Append("</row>");
    }

    /// <summary>XML 1.0 cannot carry most control characters: a stray one in a free-text field would break the file.</summary>
    private static string Printable(string text) =>
        text.Any(c => c < 0x20 && c is not '\t' and not '\n' and not '\r') ? new string(text.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray()) : text;

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
