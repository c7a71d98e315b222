using CoParent.Data;

namespace CoParent.Web.Tests.Features.Database;

public class ConnectionStringTests
{
    [Fact]
    public void ResolveSqlitePath_RelativeFileInACheckout_IsAtTheRepositoryRoot()
    {
        var resolved = DatabaseSetup.ResolveSqlitePath("Data Source=coparent.db");

        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(resolved).DataSource;
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(file)!, "CoParent.slnx")), file);
    }

    [Theory]
    [InlineData("Data Source=/tmp/elsewhere.db")]
    [InlineData("Host=127.0.0.1;Database=coparent;Username=coparent")]
    public void ResolveSqlitePath_AbsoluteFileOrPostgres_IsUnchanged(string connectionString) =>
        Assert.Equal(connectionString, DatabaseSetup.ResolveSqlitePath(connectionString));
}
