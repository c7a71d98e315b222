using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>A child adopted in the year (REC E11/E12, DEC in the year) with an AD1 row must have all six AD1 items given.</summary>
public sealed class Rule601 : Rule
{
    public override string Code => "601";
    public override string Message => "The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1, ReturnTable.Episodes];

    private static readonly string[] EpisodeFields = ["REC"];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var incomplete = false;
        foreach (var row in child.AD1)
        {
            if (AdoptionFacts.AllAd1ItemsGiven(row)) continue;
            incomplete = true;
            if (AdoptedInYear(child, context)) errors.Flag(row, Ad1Row.AdoptionFields);
        }
        if (!incomplete) return;
        foreach (var episode in child.Episodes)
        {
            if (AdoptionFacts.AdoptedInYear(episode, context)) errors.Flag(episode, EpisodeFields);
        }
    }

    private static bool AdoptedInYear(ChildReturn child, RuleContext context)
    {
        foreach (var episode in child.Episodes)
        {
            if (AdoptionFacts.AdoptedInYear(episode, context)) return true;
        }
        return false;
    }
}
