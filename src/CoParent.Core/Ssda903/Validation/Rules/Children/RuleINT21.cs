using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>The SEX on a child's UASC rows must match the header's SEX (when both are given).</summary>
public sealed class RuleINT21 : Rule
{
    public override string Code => "INT21";
    public override string Message => "Internal Check: SEX in UASC is different to SEX in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Uasc];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Header?.Sex is not { } sex) return;
        for (var i = 0; i < child.Uasc.Count; i++)
        {
            var row = child.Uasc[i];
            if (row.Sex is not null && row.Sex != sex) errors.Flag(row, "SEX");
        }
    }
}
