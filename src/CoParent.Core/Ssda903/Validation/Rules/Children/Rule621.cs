using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A mother's first child must be born after the mother.</summary>
public sealed class Rule621 : Rule
{
    public override string Code => "621";
    public override string Message => "Mother’s field has been completed but date of birth shows that the mother is younger than her child.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.McDob.Date is { } mcDob && header.Dob.Date is { } dob && mcDob <= dob) errors.Flag(header, "DOB", "MC_DOB");
        }
    }
}
