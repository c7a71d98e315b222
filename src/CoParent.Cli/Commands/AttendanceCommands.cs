using System.CommandLine;
using CoParent.Data;
using CoParent.Data.Education;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Cli.Commands;

public static class AttendanceCommands
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV with columns URN, UPN or ChildId, Date (YYYY-MM-DD), AM, PM" };
        var import = new Command("import", "Import daily register marks: all or nothing, and sending the same file again changes nothing");
        import.Arguments.Add(file);
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                Console.Error.WriteLine($"No file at {path.FullName}");
                return 2;
            }
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            var clock = scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            var headerProblems = new List<AttendanceProblem>();
            using var text = path.OpenText();
            var result = await new AttendanceImporter(db, clock).ImportAsync(AttendanceImporter.ReadCsv(text, headerProblems), null, ct);
            foreach (var problem in headerProblems.Concat(result.Errors)) Console.Error.WriteLine(problem);
            if (headerProblems.Count > 0 || !result.Succeeded)
            {
                Console.Error.WriteLine("No marks were recorded.");
                return 1;
            }
            foreach (var warning in result.Warnings.Take(20)) Console.WriteLine($"Warning: {warning}");
            Console.WriteLine($"{result.Rows:N0} rows: {result.Added:N0} added, {result.Changed:N0} changed, {result.Unchanged:N0} unchanged; {result.Notified:N0} notifications.");
            return 0;
        });
        var attendance = new Command("attendance", "School attendance marks for children in care");
        attendance.Subcommands.Add(import);
        return attendance;
    }
}
