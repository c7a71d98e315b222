using System.CommandLine;

namespace CoParent.Cli.Commands;

public static class MeasuresCommand
{
    public static Command Create() => new("measures", "The dashboard's measures as at a date");
}
