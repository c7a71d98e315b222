using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child recorded as a mother last year, and looked after this year, must still be recorded as a mother.</summary>
public sealed class Rule207 : Rule
{
    public override string Code => "207";
    public override string Message => "Mother status for the current year disagrees with the mother status already recorded for this child.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Episodes];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Episodes.Count == 0 || context.LastYear(child)?.Header?.Mother != "1") return;
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Mother != "1") errors.Flag(header, "MOTHER");
        }
    }
}
