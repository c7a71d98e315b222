using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A girl not recorded as a mother (MOTHER 0 or blank) must not have a date of birth for a first child.</summary>
public sealed class Rule612 : Rule
{
    public override string Code => "612";
    public override string Message => "Date of birth field has been completed but mother field indicates child is not a mother.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (ChildrenFacts.IsFemale(header) && (header.Mother is null or "0") && !header.McDob.IsBlank)
            {
                errors.Flag(header, "MOTHER", "MC_DOB", "SEX");
            }
        }
    }
}
