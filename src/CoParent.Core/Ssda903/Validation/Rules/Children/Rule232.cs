using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A warning when the child's sex is reported as unknown (U).</summary>
public sealed class Rule232 : Rule
{
    public override string Code => "232";
    public override string Message => "Sex of the child/young person has been reported as unknown.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Sex == "U") errors.Flag(header, "SEX");
        }
    }
}
