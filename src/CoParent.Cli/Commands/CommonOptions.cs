using System.CommandLine;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Cli.Commands;

public static class CommonOptions
{
    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Connection string (default: ConnectionStrings:CoParent, as the web app reads it)",
        Recursive = true,
    };

    /// <summary>Every command works on a migrated database, as the web app does.</summary>
    public static async Task<ServiceProvider> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var provider = CliHost.Build(parse.GetValue(Connection));
        using var scope = provider.CreateScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<CoParentDbContext>(), ct);
        return provider;
    }
}
