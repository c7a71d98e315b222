using System.Text;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data.Ssda903.Reading;

namespace CoParent.Web.Tests.Ssda903.Reading;

public sealed class Ssda903ReaderTests
{
    [Fact]
    public void ValidFolder_ReadsEveryTableByItsColumns()
    {
        var result = Corpus.Read(Corpus.Valid);

        Assert.Empty(result.Problems);
        Assert.Equal(TableSchemas.ForYear(2027).Select(t => t.Table), result.Return.Tables.Select(t => t.Schema.Table));
        Assert.Equal(["C0001", "C0002"], result.Return.Children.Keys.Order());
        var episode = result.Return.Child("C0002")!.Episodes.Single();
        Assert.Equal(new DateOnly(2025, 4, 1), episode.Decom.Date);
        Assert.Equal("E4A", episode.Rec);
        Assert.Equal("CB1 6NU", episode.PlPost);
        Assert.Equal(2, episode.Row);
        Assert.Equal("episodes.csv", result.Return.Table(ReturnTable.Episodes)!.File);
    }

    [Fact]
    public void RepeatedIdsAndCodes_AreOneSharedCopy()
    {
        var result = Corpus.Read(Corpus.Valid);

        var child = result.Return.Child("C0001")!;
        Assert.Same(child.Header!.Child, child.Episodes[0].Child);
        Assert.Same(child.Header.Child, child.Reviews[0].Child);
        Assert.Same(result.Return.Header.First().Upn, result.Return.Header.Last().Upn);
    }

    [Fact]
    public void Workbook_IsNotACsvOrXmlFile()
    {
        var problem = Assert.Single(Corpus.Read(Corpus.Bad("header.xlsx")).Problems);

        Assert.Equal("header.xlsx", problem.File);
        Assert.Null(problem.Row);
        Assert.Contains("not a CSV or XML file", problem.Message);
        Assert.Contains("zip file (an Excel .xlsx workbook is one)", problem.Message);
    }

    [Fact]
    public void MissingColumn_IsNamedWithTheTableTheFileLooksLike()
    {
        var problem = Assert.Single(Corpus.Read(Corpus.Bad("missing-column.csv")).Problems);

        Assert.Equal("missing-column.csv", problem.File);
        Assert.Equal("PLACE", problem.Column);
        Assert.StartsWith("The column PLACE is missing: this file looks like the Episodes table (episodes.csv)", problem.Message);
    }

    [Fact]
    public void ExtraColumn_IsNamedAndTheTableIsNotRead()
    {
        var result = Corpus.Read(Corpus.Bad("extra-column.csv"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("NOTES", problem.Column);
        Assert.Contains("is not part of the Header table (header.csv)", problem.Message);
        Assert.False(result.Return.Has(ReturnTable.Header));
    }

    [Fact]
    public void Utf8WithByteOrderMark_ReadsTheFirstColumnName()
    {
        var result = Corpus.Read(Corpus.Bad("utf8-bom.csv"));

        Assert.Empty(result.Problems);
        Assert.Equal("C0001", result.Return.Header.Single().Child);
    }

    [Fact]
    public void Windows1252_ReadsPoundAndAccentedLetters()
    {
        var result = Corpus.Read(Corpus.Bad("windows-1252.csv"));

        Assert.Empty(result.Problems);
        var first = result.Return.Header.First();
        Assert.Equal("CÉ001", first.Child);
        Assert.Equal("£", first.Ethnic);
    }

    [Fact]
    public void Codes_AreReadInUpperCase()
    {
        var second = Corpus.Read(Corpus.Bad("windows-1252.csv")).Return.Header.Last();

        Assert.Equal(("F", "WBRI", "UN3"), (second.Sex, second.Ethnic, second.Upn));
    }

    [Fact]
    public void BlankLinesAndEmptyRows_AreSkippedAndNotCounted()
    {
        var result = Corpus.Read(Corpus.Bad("blank-lines.csv"));

        Assert.Empty(result.Problems);
        Assert.Equal([("C0001", 1), ("C0002", 2)], result.Return.Header.Select(h => (h.Child, h.Row)));
    }

    [Fact]
    public void QuotedCommasQuotesAndLineBreaks_StayInTheirCell()
    {
        var result = Corpus.Read(Corpus.Bad("quoted.csv"));

        Assert.Empty(result.Problems);
        var first = result.Return.Header.First();
        Assert.Equal("C,0001", first.Child);
        Assert.Equal("WB\"RI", first.Ethnic);
        Assert.Equal("UN\r\n3", first.Upn);
        Assert.Equal(("C0002", 2), (result.Return.Header.Last().Child, result.Return.Header.Last().Row));
    }

    [Fact]
    public void WrongDateFormat_IsReadForTheRulesToReport()
    {
        var result = Corpus.Read(Corpus.Bad("wrong-date.csv"));

        Assert.Empty(result.Problems);
        Assert.Equal("2012-06-15", result.Return.Header.Single().Dob.Invalid);
    }

    [Fact]
    public void UnknownCode_IsReadForTheRulesToReport()
    {
        var result = Corpus.Read(Corpus.Bad("unknown-code.csv"));

        Assert.Empty(result.Problems);
        Assert.Equal("X", result.Return.Header.First().Sex);
    }

    [Fact]
    public void DuplicateRows_AreBothRead()
    {
        var result = Corpus.Read(Corpus.Bad("duplicate-rows.csv"));

        Assert.Empty(result.Problems);
        Assert.Equal([1, 2], result.Return.Child("C0001")!.Headers.Select(h => h.Row));
    }

    [Fact]
    public void ChildInEpisodesButNotHeader_IsReadForTheRulesToReport()
    {
        var result = Corpus.Read(Corpus.Path2("ChildNotInHeader"));

        Assert.Empty(result.Problems);
        var child = result.Return.Child("C0999")!;
        Assert.Null(child.Header);
        Assert.Single(child.Episodes);
    }

    [Fact]
    public void RowsWithTheWrongNumberOfCells_AreEachNamed()
    {
        var result = Corpus.Read(Corpus.Bad("wrong-cell-count.csv"));

        Assert.Equal([(2, "This row has 8 cells but the file has 7 columns."), (3, "This row has 3 cells but the file has 7 columns.")],
            result.Problems.Select(p => (p.Row!.Value, p.Message[..p.Message.IndexOf(" A value", StringComparison.Ordinal)])));
        Assert.All(result.Problems, p => Assert.Equal("wrong-cell-count.csv", p.File));
    }

    [Fact]
    public void DoLoTable_InA2025To26Return_IsNotCollected()
    {
        var problem = Assert.Single(Ssda903Reader.Read([Corpus.Bad("dolo.csv")], new CollectionYear(2026)).Problems);

        Assert.Equal("This is the DoLo table, which the 2025/26 return does not have: it is collected from 2026/27.", problem.Message);
    }

    [Fact]
    public void DoLoTable_In2026To27_IsRead()
    {
        var result = Corpus.Read(Corpus.Bad("dolo.csv"));

        Assert.Empty(result.Problems);
        Assert.Equal(new DateOnly(2026, 5, 1), result.Return.Rows<DoloRow>(ReturnTable.DoLo).Single().DoloStart.Date);
    }

    [Fact]
    public void TwoFilesForOneTable_NamesBoth()
    {
        var result = Corpus.Read(Path.Combine(Corpus.Valid, "header.csv"), Corpus.Bad("utf8-bom.csv"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("utf8-bom.csv", problem.File);
        Assert.Equal("This file and header.csv are both the Header table. Give each table once.", problem.Message);
    }

    [Fact]
    public void EmptyFile_SaysSo()
    {
        var problem = Assert.Single(Corpus.Read(Corpus.Bad("empty.csv")).Problems);

        Assert.Equal(("empty.csv", "The file is empty."), (problem.File, problem.Message));
    }

    [Fact]
    public void DataWithoutColumnNames_SaysTheFirstRowMustBeTheNames()
    {
        var problem = Assert.Single(Corpus.Read(Corpus.Bad("no-column-names.csv")).Problems);

        Assert.StartsWith("The first row is not the column names of any SSDA903 table.", problem.Message);
        Assert.DoesNotContain("15/06/2012", problem.Message);
    }

    [Fact]
    public void MissingPath_SaysThereIsNothingThere()
    {
        var problem = Assert.Single(Corpus.Read(Corpus.Bad("no-such-file.csv")).Problems);

        Assert.Equal("There is no file or folder here.", problem.Message);
    }

    [Fact]
    public void HugeCell_StopsTheFileAndNamesRowAndColumn()
    {
        var text = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC0001,M,15/06/2012,WBRI,UN3,,\nC0002,F," + new string('9', 200_000) + ",WBRI,UN3,,\n";

        var problem = Assert.Single(Corpus.ReadText("big.csv", text).Problems);

        Assert.Equal(("big.csv", 2, "DOB"), (problem.File, problem.Row, problem.Column));
        Assert.StartsWith("This cell is 200,000 characters long", problem.Message);
    }

    [Fact]
    public void UnclosedQuote_InAHugeFile_StopsWithoutReadingItAll()
    {
        var bytes = new byte[30_000_000];
        Array.Fill(bytes, (byte)'x');
        var head = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC0001,M,\""u8.ToArray();
        head.CopyTo(bytes, 0);
        long read = 0;

        var result = Ssda903Reader.Read([("big.csv", () => new MemoryStream(bytes))], Corpus.Year,
            new SyncProgress(p => read = p.BytesRead));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Row);
        Assert.Contains("Perhaps a double quote is never closed.", problem.Message);
        Assert.True(read < 5_000_000, $"read {read:N0} bytes");
    }

    [Fact]
    public void Progress_IsReportedWithRowsAndBytes()
    {
        var text = new StringBuilder("CHILD,DOB,REVIEW,REVIEW_CODE\n");
        for (var i = 0; i < 25_000; i++) text.Append('C').Append(i % 3000).Append(",15/06/2012,30/05/2026,PN1\n");
        var reports = new List<ReadProgress>();

        var result = Ssda903Reader.Read([("reviews.csv", () => new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())))], Corpus.Year, new SyncProgress(reports.Add));

        Assert.Empty(result.Problems);
        Assert.Equal([10_000, 20_000, 25_000], reports.Select(r => r.Rows));
        Assert.Equal(text.Length, reports[^1].TotalBytes);
        Assert.Equal(3000, result.Return.Children.Count);
    }

    [Fact]
    public void Utf16WithByteOrderMark_IsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nCÉ1,M,15/06/2012,WBRI,UN3,,\r\n")).ToArray();

        var result = Corpus.ReadBytes("header.csv", bytes);

        Assert.Empty(result.Problems);
        Assert.Equal("CÉ1", result.Return.Header.Single().Child);
    }

    [Fact]
    public void UploadThatCannotSeek_IsReadWithUnknownTotalSize()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Corpus.Valid, "episodes.csv"));
        var reports = new List<ReadProgress>();

        var result = Ssda903Reader.Read([("upload-1", () => new BufferedStream(new NonSeekable(bytes)))], Corpus.Year, new SyncProgress(reports.Add));

        Assert.Empty(result.Problems);
        Assert.Equal("upload-1", result.Return.Table(ReturnTable.Episodes)!.File);
        Assert.Equal((-1L, 2), (reports.Single().TotalBytes, reports.Single().Rows));
    }

    [Fact]
    public void CancelledRead_Stops()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Ssda903Reader.Read([Corpus.Valid], Corpus.Year, ct: cancel.Token));
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests want the reports in order, now.</summary>
    private sealed class SyncProgress(Action<ReadProgress> report) : IProgress<ReadProgress>
    {
        public void Report(ReadProgress value) => report(value);
    }
}
