using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>The six AD1 items about an adoption are all given or all blank.</summary>
public sealed class Rule151 : Rule
{
    public override string Code => "151";
    public override string Message => "All data items relating to a childs adoption must be coded or left blank.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.HasAdoptionItems && !AdoptionFacts.AllAd1ItemsGiven(row)) errors.Flag(row, Ad1Row.AdoptionFields);
        }
    }
}
