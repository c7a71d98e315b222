using CoParent.Core.Children;
using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>UPN, when given, must be a letter and 12 digits, a letter, 11 digits and a letter, or UN1 to UN5.</summary>
public sealed class Rule168 : Rule
{
    public override string Code => "168";
    public override string Message => "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Upn is { } upn && !ChildRules.IsValidUpn(upn)) errors.Flag(header, "UPN");
        }
    }
}
