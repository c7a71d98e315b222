using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using CoParent.Web.Infrastructure.Downloads;

namespace CoParent.Web.Tests.Infrastructure.Downloads;

public sealed class TableDownloadTests
{
    private static readonly DownloadTable Table = new("children", ["Name", "Attendance %", "Note"],
    [
        ["Ava O'Neill", "92.5", "said \"fine\", then left"],
        ["=HYPERLINK(\"x\")", "-3", "@risk"],
        ["Zoë", "007", null],
    ]);

    [Fact]
    public void Csv_QuotesCommasAndQuotes_DefusesFormulas_AndStartsWithAByteOrderMark()
    {
        var bytes = TableDownload.Csv(Table);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Name,Attendance %,Note", lines[0]);
        Assert.Equal("Ava O'Neill,92.5,\"said \"\"fine\"\", then left\"", lines[1]);
        // A formula never reaches a spreadsheet as one; a negative number is still a number.
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\",-3,'@risk", lines[2]);
        Assert.Equal("Zoë,007,", lines[3]);
    }

    [Fact]
    public void Xlsx_IsAWorkbookWithTheSameRows_NumbersAsNumbers_LeadingZerosAsText()
    {
        using var zip = new ZipArchive(new MemoryStream(TableDownload.Xlsx(Table)));
        using var sheetStream = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        var sheet = XDocument.Load(sheetStream);
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

        var rows = sheet.Descendants(ns + "row").Select(r => r.Elements(ns + "c").ToList()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("Name", rows[0][0].Value);
        Assert.Equal("n", rows[1][1].Attribute("t")!.Value);
        Assert.Equal("92.5", rows[1][1].Value);
        Assert.Equal("inlineStr", rows[3][1].Attribute("t")!.Value);
        Assert.Equal("007", rows[3][1].Value);
        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
    }
}
