using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A boy cannot have the date of birth of a mother's first child.</summary>
public sealed class Rule174 : Rule
{
    public override string Code => "174";
    public override string Message => "Mother's child date of birth is recorded but sex shows that the child is a male.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (ChildrenFacts.IsMale(header) && !header.McDob.IsBlank) errors.Flag(header, "SEX", "MC_DOB");
        }
    }
}
