using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoParent.Cli;

/// <summary>
/// The services a command needs, built from the same configuration the web app reads: appsettings.json,
/// then environment variables (<c>ConnectionStrings__CoParent</c>), then <c>--connection</c>.
/// </summary>
public static class CliHost
{
    public static ServiceProvider Build(string? connection)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(connection is null ? [] : [new("ConnectionStrings:CoParent", connection)])
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.Configure<CouncilOptions>(configuration.GetSection(CouncilOptions.Section));
        services.AddCoParentDatabase(DatabaseSetup.ConnectionString(configuration));
        services.AddScoped<AuditLog>();
        services.AddIdentityCore<CoParentUser>(IdentitySetup.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CoParentDbContext>();
        return services.BuildServiceProvider();
    }
}
