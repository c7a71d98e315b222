using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child recorded as a mother must have the date of birth of her first child.</summary>
public sealed class Rule611 : Rule
{
    public override string Code => "611";
    public override string Message => "Date of birth field is blank, but child is a mother.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Mother == "1" && header.McDob.IsBlank) errors.Flag(header, "MOTHER", "MC_DOB");
        }
    }
}
