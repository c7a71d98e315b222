using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child with care leaver items in OC3 has no adoption items in AD1.</summary>
public sealed class Rule134 : Rule
{
    public override string Code => "134";
    public override string Message => "Data on adoption should not be entered for the OC3 cohort.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1, ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.AD1.Count == 0) return;
        var careLeaver = false;
        foreach (var row in child.OC3) careLeaver |= row.HasCareLeaverItems;
        if (!careLeaver) return;
        // As the DfE tool does, the adoption rows are the ones reported.
        foreach (var row in child.AD1)
        {
            if (row.HasAdoptionItems) errors.Flag(row, Ad1Row.AdoptionFields);
        }
    }
}
