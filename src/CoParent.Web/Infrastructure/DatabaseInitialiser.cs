using CoParent.Data;
using CoParent.Data.Demo;
using CoParent.Data.Identity;
using CoParent.Data.ReferenceData;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Infrastructure;

public static class DatabaseInitialiser
{
    /// <summary>
    /// On start: apply migrations, load the bundled reference postcodes if the table is empty, and (when
    /// <c>Demo:GenerateOnFirstStart</c> is set, as it is in Development) generate the demo council into an
    /// empty database. Production has no default users: <c>coparent users add</c> creates them.
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CoParentDbContext>();
        await DatabaseSetup.MigrateAsync(db);
        await PostcodeImporter.EnsureLoadedAsync(db);
        await DatabaseStatistics.RefreshAsync(db, afterBulkLoad: false);

        var demo = app.Configuration.GetSection("Demo");
        if (!demo.GetValue<bool>("GenerateOnFirstStart")) return;
        if (!await db.Children.AnyAsync())
        {
            var options = new DemoOptions(
                demo.GetValue("Children", 1100), demo.GetValue("CareLeavers", 780), demo.GetValue("Seed", 2022));
            var council = services.GetRequiredService<IOptions<CouncilOptions>>().Value;
            Console.WriteLine($"Generating the demo council ({options.Children} children in care, {options.CareLeavers} care leavers)...");
            await DemoCouncilGenerator.GenerateAsync(
                db, services.GetRequiredService<UserManager<CoParentUser>>(), services.GetRequiredService<RoleManager<IdentityRole>>(),
                options, council.Code, services.GetRequiredService<TimeProvider>(), progress: null, CancellationToken.None);
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine();
            Console.WriteLine($"CoParent is running at {string.Join(", ", urls)}");
            Console.WriteLine("Demo sign-ins (user name, password, role):");
            foreach (var user in DemoCouncilGenerator.Users)
            {
                Console.WriteLine($"  {user.UserName,-16} {user.Password,-22} {user.Description}");
            }
        });
    }
}
