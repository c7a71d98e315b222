using System.CommandLine;
using System.Text.Json;
using CoParent.Cli;

namespace CoParent.Web.Tests.Ssda903.Reading;

/// <summary><c>coparent 903 validate</c>, run in-process with no database.</summary>
public sealed class Ssda903ValidateCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliProgram.CreateRoot().Parse(["903", "validate", .. args])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Validate_CleanReturn_ExitsZeroWithASummary()
    {
        var (exitCode, output, _) = await RunAsync(Path.Combine(Corpus.Valid, "header.csv"), "--year", "2027");

        Assert.Equal(0, exitCode);
        Assert.Contains("SSDA903 2026/27: 1 table, 2 rows, 2 children.", output);
        Assert.Contains("No errors;", output);
        Assert.Matches(@"read in \d+\.\d\d s, validated in \d+\.\d\d s\.", output);
    }

    [Fact]
    public async Task Validate_InvalidSex_ExitsOneAndGroupsErrorsByRule()
    {
        var (exitCode, output, _) = await RunAsync(Corpus.Bad("unknown-code.csv"), "--year", "2027");

        Assert.Equal(1, exitCode);
        Assert.Matches(@"101\s+1\s+1  The child or young person’s reported sex is not valid\.", output);
        Assert.Contains("1 error from 1 rule;", output);
    }

    [Fact]
    public async Task Validate_WithJson_ListsEveryErrorWithFileRowFieldsAndChild()
    {
        var (exitCode, output, _) = await RunAsync(Corpus.Bad("unknown-code.csv"), "--year", "2027", "--json");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var error = root.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("rule").GetString() == "101");

        Assert.Equal(1, exitCode);
        Assert.Equal("2026/27", root.GetProperty("year").GetString());
        Assert.Equal(["rule", "message", "table", "file", "row", "fields", "child"], error.EnumerateObject().Select(p => p.Name));
        Assert.Equal("unknown-code.csv", error.GetProperty("file").GetString());
        Assert.Equal(1, error.GetProperty("row").GetInt32());
        Assert.Equal(["SEX"], error.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("C0001", error.GetProperty("child").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("rulesNotRun").ValueKind);
    }

    [Fact]
    public async Task Validate_WithoutTheTableARuleNeeds_SaysTheRuleCouldNotRun()
    {
        var episodes = Corpus.Path2("ChildNotInHeader", "episodes.csv");

        var (_, output, _) = await RunAsync(episodes, "--year", "2027");
        var (_, jsonText, _) = await RunAsync(episodes, "--year", "2027", "--json");
        using var json = JsonDocument.Parse(jsonText);
        var notRun = json.RootElement.GetProperty("rulesNotRun").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "101");

        Assert.Contains("Rules that could not run", output);
        Assert.Matches(@"The return has no header\.csv, so this rule cannot be checked\.\s+101 ", output);
        Assert.Equal("The return has no header.csv, so this rule cannot be checked.", notRun.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Validate_UnreadableFiles_ExitsTwoAndListsEveryProblem()
    {
        var (exitCode, output, error) = await RunAsync(Corpus.Bad("header.xlsx"), Corpus.Bad("missing-column.csv"), "--year", "2027");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("The files could not be read (2 problems); nothing was validated.", error);
        Assert.Contains("header.xlsx: This is not a CSV or XML file", error);
        Assert.Contains("missing-column.csv, column PLACE: The column PLACE is missing", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Validate_UnreadableFilesWithJson_ListsProblemsWithFileRowAndColumn()
    {
        var (exitCode, output, _) = await RunAsync(Corpus.Bad("wrong-cell-count.csv"), "--year", "2027", "--json");
        using var json = JsonDocument.Parse(output);
        var problems = json.RootElement.GetProperty("problems").EnumerateArray().ToList();

        Assert.Equal(2, exitCode);
        Assert.Equal([2, 3], problems.Select(p => p.GetProperty("row").GetInt32()));
        Assert.All(problems, p => Assert.Equal("wrong-cell-count.csv", p.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task Validate_LastYearsUnreadableFiles_ExitTwoToo()
    {
        var (exitCode, _, error) = await RunAsync(Path.Combine(Corpus.Valid, "header.csv"), "--year", "2027", "--previous", Corpus.Bad("empty.csv"));

        Assert.Equal(2, exitCode);
        Assert.Contains("[last year] empty.csv: The file is empty.", error);
    }

    [Fact]
    public async Task Validate_WithoutAYear_ExitsTwoAndSaysHowToGiveIt()
    {
        var (exitCode, _, error) = await RunAsync(Corpus.Valid);

        Assert.Equal(2, exitCode);
        Assert.Contains("Give the collection year with --year", error);
    }

    [Fact]
    public async Task Validate_AFolderAndProviders_ReadsEverything()
    {
        var providers = Path.Combine(Path.GetTempPath(), $"providers-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(providers, "URN,Provider type\nSC000001,Children's home\n");
        try
        {
            var (exitCode, output, error) = await RunAsync(Corpus.Valid, "--year", "2027", "--providers", providers,
                "--previous", Path.Combine(Corpus.Valid, "header.csv"), Path.Combine(Corpus.Valid, "episodes.csv"));

            Assert.True(exitCode is 0 or 1, error);
            Assert.Contains("SSDA903 2026/27: 12 tables", output);
        }
        finally
        {
            File.Delete(providers);
        }
    }
}
