using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// HOME_POST and PL_POST, when given, must be found in the ONS Postcode Directory. When no lookup has
/// run (HomePostKnown/PlPostKnown null) the rule cannot judge, so it does not flag.
/// </summary>
public sealed class Rule392c : Rule
{
    public override string Code => "392c";
    public override string Message => "Postcode(s) provided are invalid.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            var homeUnknown = !CareFacts.IsBlank(e.HomePost) && e.HomePostKnown == false;
            var placeUnknown = !CareFacts.IsBlank(e.PlPost) && e.PlPostKnown == false;
            if (homeUnknown || placeUnknown) errors.Flag(e, "HOME_POST", "PL_POST");
        }
    }
}
