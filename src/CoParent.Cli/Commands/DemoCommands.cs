using System.CommandLine;

namespace CoParent.Cli.Commands;

public static class DemoCommands
{
    public static Command Create() => new("demo", "Generate a fictional demo council");
}
