using System.CommandLine;
using CoParent.Cli.Commands;

namespace CoParent.Cli;

public static class CliProgram
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("coparent: imports, exports, demo data and measures for CoParent");
        root.Options.Add(CommonOptions.Connection);
        root.Subcommands.Add(DatabaseCommands.Create());
        root.Subcommands.Add(UsersCommands.Create());
        root.Subcommands.Add(PostcodeCommands.Create());
        root.Subcommands.Add(SchoolsCommands.Create());
        root.Subcommands.Add(DemoCommands.Create());
        root.Subcommands.Add(MeasuresCommand.Create());
        root.Subcommands.Add(Ssda903Commands.Create());
        root.Subcommands.Add(AttainmentCommands.Create());
        root.Subcommands.Add(AttendanceCommands.Create());
        root.Subcommands.Add(StrategyCommands.Create());
        root.Subcommands.Add(ComparisonsCommands.Create());
        root.Subcommands.Add(ScorecardCommands.Create());
        return root;
    }

    public static Task<int> Main(string[] args) => CreateRoot().Parse(args).InvokeAsync();
}
