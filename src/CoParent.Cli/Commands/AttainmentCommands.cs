using System.CommandLine;

namespace CoParent.Cli.Commands;

/// <summary>
/// <c>coparent attainment comparisons import [FILE]</c>: the Virtual School's name for
/// <c>coparent comparisons import</c>, the same importer and default file.
/// </summary>
public static class AttainmentCommands
{
    public static Command Create()
    {
        var comparisons = new Command("comparisons", "Published attainment figures for all pupils and children looked after (the same as coparent comparisons)");
        comparisons.Subcommands.Add(ComparisonsCommands.CreateImport());
        var attainment = new Command("attainment", "The Virtual School's attainment records");
        attainment.Subcommands.Add(comparisons);
        return attainment;
    }
}
