using CoParent.Core.Geography;
using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// The home and placement postcodes must differ unless the child is placed with parents (P1);
/// postcodes are compared as the directory compares them, ignoring spaces and case.
/// </summary>
public sealed class Rule392d : Rule
{
    public override string Code => "392d";
    public override string Message => "Home and placement postcodes should not be same unless the placement type is P1.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.Place == "P1" || CareFacts.IsBlank(e.HomePost) || CareFacts.IsBlank(e.PlPost)) continue;
            if (Postcode.SameCode(e.HomePost!, e.PlPost!)) errors.Flag(e, "HOME_POST", "PLACE", "PL_POST");
        }
    }
}
