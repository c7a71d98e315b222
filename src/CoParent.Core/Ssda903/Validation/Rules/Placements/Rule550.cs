using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Provider PR0 (parents or a person with parental responsibility) goes only with placement P1.
/// </summary>
public sealed class Rule550 : Rule
{
    public override string Code => "550";
    public override string Message => "A placement provider code of PR0 can only be associated with placement P1.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlaceProvider == "PR0" && e.Place != "P1") errors.Flag(e, "PLACE", "PLACE_PROVIDER");
        }
    }
}
