using System.CommandLine;
using System.Security.Cryptography;
using CoParent.Core.Access;
using CoParent.Core.Allocations;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Cli.Commands;

/// <summary>There are no default users outside the demo: an administrator creates each one here.</summary>
public static class UsersCommands
{
    public static Command Create()
    {
        var userName = new Option<string>("--username") { Description = "Sign-in name", Required = true };
        var displayName = new Option<string>("--name") { Description = "The person's name as others see it", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var team = new Option<string?>("--team") { Description = "Team name (social workers and team managers); created if new" };
        var school = new Option<string?>("--school") { Description = "The URN of a designated teacher's school" };
        var password = new Option<string?>("--password") { Description = "Initial password (at least 12 characters); one is generated and shown if omitted" };

        var add = new Command("add", "Create a user with one role");
        add.Options.Add(userName);
        add.Options.Add(displayName);
        add.Options.Add(role);
        add.Options.Add(team);
        add.Options.Add(school);
        add.Options.Add(password);
        add.SetAction(async (parse, ct) =>
        {
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var sp = scope.ServiceProvider;
            var result = await AddAsync(sp, parse.GetRequiredValue(userName), parse.GetRequiredValue(displayName),
                parse.GetRequiredValue(role), parse.GetValue(team), parse.GetValue(password), ct, parse.GetValue(school));
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors) Console.Error.WriteLine(error);
                return 1;
            }
            Console.WriteLine($"Created {result.UserName} ({Roles.Describe(parse.GetRequiredValue(role))}).");
            if (result.GeneratedPassword is not null)
            {
                Console.WriteLine($"Initial password: {result.GeneratedPassword}");
            }
            return 0;
        });

        var list = new Command("list", "List users and their roles");
        list.SetAction(async (parse, ct) =>
        {
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CoParentUser>>();
            foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync(ct))
            {
                Console.WriteLine($"{user.UserName,-20} {string.Join(", ", await users.GetRolesAsync(user)),-16} {user.DisplayName}");
            }
            return 0;
        });

        var command = new Command("users", "Manage who can sign in");
        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        return command;
    }

    public sealed record AddResult(string UserName, string? GeneratedPassword, IReadOnlyList<string> Errors);

    public static async Task<AddResult> AddAsync(
        IServiceProvider services, string userName, string displayName, string role, string? teamName, string? password,
        CancellationToken ct, string? schoolUrn = null)
    {
        var users = services.GetRequiredService<UserManager<CoParentUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        var db = services.GetRequiredService<CoParentDbContext>();
        if (!Roles.All.Contains(role)) return new(userName, null, [$"--role must be one of: {string.Join(", ", Roles.All)}"]);
        if (await users.FindByNameAsync(userName) is not null) return new(userName, null, [$"A user called {userName} already exists"]);

        int? teamId = null;
        if (!string.IsNullOrWhiteSpace(teamName))
        {
            var team = await db.Teams.FirstOrDefaultAsync(t => t.Name == teamName, ct);
            if (team is null)
            {
                team = new Team { Name = teamName.Trim() };
                db.Teams.Add(team);
                await db.SaveChangesAsync(ct);
            }
            teamId = team.Id;
        }

        int? schoolId = null;
        if (role == Roles.DesignatedTeacher)
        {
            // A designated teacher sees their own school's children in care, so the account names the school.
            if (string.IsNullOrWhiteSpace(schoolUrn)) return new(userName, null, ["--school is needed for a designated teacher: the URN of their school"]);
            schoolId = await db.Schools.Where(s => s.Urn == schoolUrn.Trim()).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
            if (schoolId is null) return new(userName, null, [$"--school {schoolUrn}: no school with that URN; import the schools first"]);
        }

        if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        var generated = password is null ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)) : null;
        var user = new CoParentUser { UserName = userName, DisplayName = displayName, TeamId = teamId, SchoolId = schoolId };
        var created = await users.CreateAsync(user, password ?? generated!);
        if (!created.Succeeded) return new(userName, null, created.Errors.Select(e => e.Description).ToList());
        await users.AddToRoleAsync(user, role);
        await services.GetRequiredService<AuditLog>().RecordAsync("user.create", AuditOutcome.Allowed, user.Id, "coparent-cli", null, "coparent users add", ct);
        return new(userName, generated, []);
    }
}
