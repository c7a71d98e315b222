using System.CommandLine;
using CoParent.Cli;
using CoParent.Data.Ssda903.Storing;
using CoParent.Web.Tests.Infrastructure;
using static CoParent.Web.Tests.Ssda903.Storing.ReturnBuilder;

namespace CoParent.Web.Tests.Ssda903.Storing;

public abstract class Ssda903ExportCommandTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task Export_ImportedYear_WritesEveryTableFileWithTheChildsRows()
    {
        var child = NewChildId("X");
        await App.WithDbAsync(db => Ssda903Importer.ImportAsync(db, Return(2027, Header(child, "01/01/2012"), Episode(child, "01/05/2026")), null, "test", CancellationToken.None));
        var folder = Path.Combine(Path.GetTempPath(), "ssda903-export-" + Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        try
        {
            var exit = await CliProgram.CreateRoot().Parse(["903", "export", "--year", "2027", "--out", folder, "--connection", App.ConnectionString])
                .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });

            Assert.Equal(0, exit);
            Assert.Equal(12, Directory.GetFiles(folder, "*.csv").Length);
            Assert.Contains($"{child},01/05/2026,S,C2,N1,U4,PR1,,,,CM1 1AA,CM2 0AA,SC123456\r\n", await File.ReadAllTextAsync(Path.Combine(folder, "episodes.csv")));
            Assert.Contains("Wrote the 2026/27 return", output.ToString());
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task Export_WithoutAYear_ExitsWithAnError()
    {
        var exit = await CliProgram.CreateRoot().Parse(["903", "export", "--out", "x", "--connection", App.ConnectionString])
            .InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = new StringWriter() });

        Assert.NotEqual(0, exit);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class Ssda903ExportCommandSqliteTests(SqliteApp app) : Ssda903ExportCommandTests(app);

[Collection(PostgresCollection.Name)]
public sealed class Ssda903ExportCommandPostgresTests(PostgresApp app) : Ssda903ExportCommandTests(app);
