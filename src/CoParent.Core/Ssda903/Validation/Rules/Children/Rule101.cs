using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>SEX must be M, F or U: the code set from 2024/25 (ssda903.md §3).</summary>
public sealed class Rule101 : Rule
{
    public override string Code => "101";
    public override string Message => "The child or young person’s reported sex is not valid.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var header in child.Headers)
        {
            if (header.Sex is not ("M" or "F" or "U")) errors.Flag(header, "SEX");
        }
    }
}
