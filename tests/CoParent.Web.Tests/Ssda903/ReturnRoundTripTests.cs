using System.CommandLine;
using CoParent.Cli;

namespace CoParent.Web.Tests.Ssda903;

/// <summary>
/// The whole journey an analyst takes, through the command line: a generated return (and last year's) is
/// validated clean, imported into a new database, imported again without change, and exported to the same rows.
/// </summary>
public sealed class ReturnRoundTripTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ssda903-roundtrip-" + Guid.NewGuid().ToString("N"));

    private string Database => Path.Combine(_folder, "coparent.db");

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliProgram.CreateRoot().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task GeneratedReturn_ValidatesImportsAndExportsToTheSameRows()
    {
        var generated = Path.Combine(_folder, "generated");
        var exported = Path.Combine(_folder, "exported");
        var connection = $"Data Source={Database}";

        var (generate, _, generateError) = await RunAsync("demo", "903", "--children", "300", "--seed", "7", "--year", "2027", "--out", generated);
        var (validate, validation, _) = await RunAsync("903", "validate", generated, "--year", "2027", "--previous", Path.Combine(generated, "previous"));
        var (import, imported, importError) = await RunAsync("903", "import", generated, "--year", "2027", "--previous", Path.Combine(generated, "previous"), "--connection", connection);
        var (again, importedAgain, _) = await RunAsync("903", "import", generated, "--year", "2027", "--connection", connection);
        var (export, _, exportError) = await RunAsync("903", "export", "--year", "2027", "--out", exported, "--connection", connection);

        Assert.Equal(0, generate);
        Assert.True(generateError.Length == 0, generateError);
        Assert.True(validate == 0, validation);
        Assert.True(import == 0, importError);
        Assert.Contains("The return passes every DfE rule that could be checked.", imported);
        Assert.Equal(0, again);
        Assert.Contains("0 children added, 0 updated", importedAgain);
        Assert.DoesNotMatch(@"[1-9][\d,]* (new|changed)", importedAgain);
        Assert.True(export == 0, exportError);
        foreach (var file in Directory.GetFiles(generated, "*.csv"))
        {
            var name = Path.GetFileName(file);
            var before = File.ReadAllLines(file);
            var after = File.ReadAllLines(Path.Combine(exported, name));
            Assert.Equal(before[0], after[0]);
            Assert.Equal(before.Skip(1).Order(StringComparer.Ordinal), after.Skip(1).Order(StringComparer.Ordinal));
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
