using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>MC_DOB, when given, must be a valid date.</summary>
public sealed class Rule171 : Rule
{
    public override string Code => "171";
    public override string Message => "Date of birth of mother's child is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.McDob.IsInvalid) errors.Flag(header, "MC_DOB");
        }
    }
}
