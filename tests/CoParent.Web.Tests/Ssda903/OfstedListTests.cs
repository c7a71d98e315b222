using System.CommandLine;
using CoParent.Cli;

namespace CoParent.Web.Tests.Ssda903;

/// <summary>Once Ofsted's provider list is imported, the URN rules run on every import (and on the Returns page).</summary>
public sealed class OfstedListTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ssda903-ofsted-" + Guid.NewGuid().ToString("N"));

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliProgram.CreateRoot().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task ImportedProviderList_MakesTheUrnRulesRunOnTheNextImport()
    {
        Directory.CreateDirectory(_folder);
        var connection = $"Data Source={Path.Combine(_folder, "coparent.db")}";
        var generated = Path.Combine(_folder, "return");
        var providers = Path.Combine(_folder, "ofsted.csv");
        // One children's home the generated return does not use: every other URN in the return is now unknown to Ofsted (rule 1008).
        await File.WriteAllTextAsync(providers, "URN,Provider type,Postcode,Sector\nSC999999,Children's home,CM1 1AA,Private\n");
        await RunAsync("demo", "903", "--children", "40", "--seed", "11", "--out", generated);

        var (before, beforeOutput, _) = await RunAsync("903", "import", generated, "--year", "2027", "--connection", connection);
        var (kept, keptOutput, keptError) = await RunAsync("903", "providers", "import", providers, "--connection", connection);
        var (after, afterOutput, _) = await RunAsync("903", "import", generated, "--year", "2027", "--connection", connection);

        Assert.Equal(0, before);
        Assert.Contains("The return passes every DfE rule that could be checked.", beforeOutput);
        Assert.True(kept == 0, keptError);
        Assert.Contains("Kept Ofsted's list of 1 providers from ofsted.csv", keptOutput);
        Assert.Equal(0, after);
        Assert.Contains("The DfE's rules flag", afterOutput);
    }

    [Fact]
    public async Task ProviderListWithoutUrns_IsRefusedWithAPlainMessage()
    {
        Directory.CreateDirectory(_folder);
        var providers = Path.Combine(_folder, "not-ofsted.csv");
        await File.WriteAllTextAsync(providers, "Name,Postcode\nA home,CM1 1AA\n");

        var (exit, _, error) = await RunAsync("903", "providers", "import", providers, "--connection", $"Data Source={Path.Combine(_folder, "coparent.db")}");

        Assert.Equal(2, exit);
        Assert.Contains("no URN column", error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
