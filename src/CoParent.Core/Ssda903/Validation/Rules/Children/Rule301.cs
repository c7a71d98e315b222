using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>The date of birth cannot be after the end of the collection year.</summary>
public sealed class Rule301 : Rule
{
    public override string Code => "301";
    public override string Message => "Date of birth falls after the year ended.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Dob.Date > context.End) errors.Flag(header, "DOB");
        }
    }
}
