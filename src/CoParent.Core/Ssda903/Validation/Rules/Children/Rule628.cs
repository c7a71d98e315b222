using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A care leaver with OC3 information and no episodes must not have motherhood details.</summary>
public sealed class Rule628 : Rule
{
    public override string Code => "628";
    public override string Message => "Motherhood details are not required for care leavers who have not been looked after during the year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Episodes, ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Episodes.Count > 0 || !ChildrenFacts.HasCareLeaverData(child)) return;
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Mother is not null) errors.Flag(header, "MOTHER");
        }
    }
}
