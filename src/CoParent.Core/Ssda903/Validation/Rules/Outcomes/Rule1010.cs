using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child whose last episode was open at the end of last year, and who has no episodes this year, has no care leaver information.</summary>
public sealed class Rule1010 : Rule
{
    public override string Code => "1010";
    public override string Message => "This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC3];

    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC3.Count == 0 || child.Episodes.Count > 0 || context.LastYear(child) is not { } last) return;
        if (OutcomesFacts.FinalEpisode(last) is not { Dec.IsBlank: true }) return;
        foreach (var row in child.OC3) errors.Flag(row, Oc3Row.CareLeaverFields);
    }
}
