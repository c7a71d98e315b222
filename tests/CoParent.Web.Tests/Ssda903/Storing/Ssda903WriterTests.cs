using System.Text;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data.Ssda903.Storing;
using static CoParent.Web.Tests.Ssda903.Storing.ReturnBuilder;

namespace CoParent.Web.Tests.Ssda903.Storing;

public sealed class Ssda903WriterTests
{
    [Fact]
    public void WriteTable_WithNoRows_WritesTheColumnNamesInDfeOrder()
    {
        var text = new StringWriter();

        Ssda903Writer.WriteTable(TableSchemas.Reviews, [], text);

        Assert.Equal("CHILD,DOB,REVIEW,REVIEW_CODE\r\n", text.ToString());
    }

    [Fact]
    public void WriteTable_CellWithCommaOrQuote_IsQuotedAndOthersAreNot()
    {
        var text = new StringWriter();
        var header = Header("C1", "05/03/2012") with { Upn = "A1,\"2\"", Mother = null };

        Ssda903Writer.WriteTable(TableSchemas.Header, [header with { Row = 1 }], text);

        Assert.Equal("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC1,F,05/03/2012,WBRI,\"A1,\"\"2\"\"\",,\r\n", text.ToString());
    }

    [Fact]
    public void Write_2026Return_WritesEveryTableOfTheYearAsUtf8WithoutBom()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ssda903-writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = Ssda903Writer.Write(Return(2026, Header("C1", "05/03/2012")), folder);

            Assert.Equal(TableSchemas.ForYear(2026).Select(t => t.FileName), files.Select(Path.GetFileName));
            Assert.DoesNotContain("DoLo.csv", files.Select(Path.GetFileName));
            var bytes = File.ReadAllBytes(Path.Combine(folder, "header.csv"));
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC1,F,05/03/2012,WBRI,A123456789012,0,\r\n", Encoding.UTF8.GetString(bytes));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_2027Return_IncludesTheDoLoTable()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ssda903-writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = Ssda903Writer.Write(Return(2027), folder);

            Assert.Equal(12, files.Count);
            Assert.Equal("CHILD,DOB,DOLO_START,DOLO_END\r\n", File.ReadAllText(Path.Combine(folder, "DoLo.csv")));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
