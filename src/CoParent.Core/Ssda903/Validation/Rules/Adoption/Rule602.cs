using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>AD1 adoption details are only for a child whose episodes show adoption in the year (REC E11/E12, DEC in the year).</summary>
public sealed class Rule602 : Rule
{
    public override string Code => "602";
    public override string Message => "The episode data submitted for this child does not show that he/she was adopted during the year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.AD1.Count == 0) return;
        foreach (var episode in child.Episodes)
        {
            if (AdoptionFacts.AdoptedInYear(episode, context)) return;
        }
        foreach (var row in child.AD1)
        {
            if (row.HasAdoptionItems) errors.Flag(row, "CHILD");
        }
    }
}
