using System.Text;
using CoParent.Core.Ssda903.Returns;

namespace CoParent.Web.Tests.Ssda903.Reading;

public sealed class XmlReadingTests
{
    private static readonly ReturnTable[] SharedTables =
        [ReturnTable.Header, ReturnTable.Episodes, ReturnTable.Reviews, ReturnTable.Missing, ReturnTable.PrevPerm, ReturnTable.Uasc, ReturnTable.OC2, ReturnTable.OC3, ReturnTable.AD1, ReturnTable.PlacedAdoption];

    [Fact]
    public void XmlReturn_MakesTheSameRowsAsTheCsvFiles()
    {
        var xml = Corpus.Read(Corpus.ValidXml);
        var csv = Corpus.Read(Corpus.Valid);

        Assert.Empty(xml.Problems);
        foreach (var table in SharedTables)
        {
            Assert.Equal(
                csv.Return.Table(table)!.Rows.Select(r => string.Join("|", r.ToFields())),
                xml.Return.Table(table)!.Rows.Select(r => string.Join("|", r.ToFields())));
        }
        Assert.False(xml.Return.Has(ReturnTable.SWEpisodes));
    }

    [Fact]
    public void XmlRows_AreNumberedByTheChildsPositionInTheFile()
    {
        var xml = Corpus.Read(Corpus.ValidXml).Return;

        Assert.Equal([1, 2], xml.Episodes.Select(e => e.Row));
        Assert.Equal(2, xml.Rows<MissingRow>(ReturnTable.Missing).Single().Row);
        Assert.Equal("Valid.xml", xml.Table(ReturnTable.Episodes)!.File);
    }

    [Fact]
    public void XmlUascFlagAndDuc_MakeAUascRow()
    {
        var text = """
            <EXPSSDA903><CHILD><HEADER><CHILDID>U1</CHILDID><SEX>m</SEX><DOB>01/01/2010</DOB><UASC>1</UASC><DUC>01/01/2028</DUC>
            <IN_TOUCH>YES</IN_TOUCH><ACTIV>F1</ACTIV><ACCOM>U1</ACCOM></HEADER></CHILD></EXPSSDA903>
            """;

        var result = Corpus.ReadText("return.xml", text);

        Assert.Empty(result.Problems);
        var uasc = result.Return.Rows<UascRow>(ReturnTable.Uasc).Single();
        Assert.Equal(("U1", "M", new DateOnly(2028, 1, 1)), (uasc.Child, uasc.Sex, uasc.Duc.Date!.Value));
        Assert.Equal("1", result.Return.Header.Single().Uasc);
        Assert.Equal("YES", result.Return.Rows<Oc3Row>(ReturnTable.OC3).Single().InTouch);
        Assert.Empty(result.Return.Rows<Ad1Row>(ReturnTable.AD1));
    }

    [Fact]
    public void BrokenXml_SaysWhereAndAfterWhichChild()
    {
        var problem = Assert.Single(Corpus.Read(Corpus.Bad("not-xml.xml")).Problems);

        Assert.Equal("not-xml.xml", problem.File);
        Assert.Equal(1, problem.Row);
        Assert.StartsWith("The XML is not well formed at line", problem.Message);
        Assert.Contains("XML child 1", problem.Message);
    }

    [Fact]
    public void XmlInWindows1252_IsReadAgainAs1252()
    {
        var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?><R><CHILD><HEADER><CHILDID>CÉ1</CHILDID><SEX>F</SEX></HEADER></CHILD></R>";

        var result = Corpus.ReadBytes("return.xml", Encoding.Latin1.GetBytes(text));

        Assert.Empty(result.Problems);
        Assert.Equal("CÉ1", result.Return.Header.Single().Child);
    }

    [Fact]
    public void HugeXmlValue_StopsAndNamesTheChildAndField()
    {
        var text = "<R><CHILD><HEADER><CHILDID>A</CHILDID></HEADER></CHILD><CHILD><HEADER><CHILDID>B</CHILDID><UPN>" + new string('X', 50_000) + "</UPN></HEADER></CHILD></R>";

        var problem = Assert.Single(Corpus.ReadText("return.xml", text).Problems);

        Assert.Equal((2, "UPN"), (problem.Row, problem.Column));
        Assert.StartsWith("In XML child 2, the UPN value is over 1,000 characters long", problem.Message);
    }

    [Fact]
    public void XmlWithADoctype_IsRefusedNotExpanded()
    {
        var text = "<?xml version=\"1.0\"?><!DOCTYPE R [<!ENTITY a \"aaaaaaaaaa\">]><R><CHILD><HEADER><CHILDID>&a;</CHILDID></HEADER></CHILD></R>";

        var problem = Assert.Single(Corpus.ReadText("return.xml", text).Problems);

        Assert.StartsWith("The XML is not well formed", problem.Message);
    }
}
