using System.CommandLine;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data;
using CoParent.Data.Ssda903.Storing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoParent.Cli.Commands;

/// <summary>
/// <c>coparent 903 export --year 2027 --out folder</c>: writes the year's SSDA903 return from CoParent's records
/// as the DfE's CSV files, one per table.
/// </summary>
public static class Ssda903ExportCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year")
        {
            Description = "The collection year, named by the year it ends (2027 = 1 April 2026 to 31 March 2027)",
            Required = true,
        };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write the table files into", Required = true };
        var command = new Command("export", "Write a year's SSDA903 return from the records, as the DfE's CSV files");
        command.Options.Add(year);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var value = parse.GetValue(year);
            if (value is < 2000 or > 2100)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"--year must be a collection year such as 2027 (not {value}).");
                return 2;
            }
            var folder = parse.GetRequiredValue(output);
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            var council = scope.ServiceProvider.GetRequiredService<IOptions<CouncilOptions>>().Value;
            var ret = await Ssda903Exporter.BuildAsync(db, new CollectionYear(value), council.Code, ct);
            var files = Ssda903Writer.Write(ret, folder.FullName);
            var writer = parse.InvocationConfiguration.Output;
            await writer.WriteLineAsync($"Wrote the {ret.Year.Label} return for {ret.Children.Count:N0} children to {folder.FullName}:");
            foreach (var table in ret.Tables)
            {
                await writer.WriteLineAsync($"  {table.Schema.FileName,-26} {table.Rows.Count,8:N0} rows");
            }
            return files.Count > 0 ? 0 : 1;
        });
        return command;
    }
}
