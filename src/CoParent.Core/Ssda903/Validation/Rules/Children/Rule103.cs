using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>ETHNIC must be one of the DfE's ethnicity codes; a blank is flagged too.</summary>
public sealed class Rule103 : Rule
{
    public override string Code => "103";
    public override string Message => "The ethnicity code is either not valid or has not been entered.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Ethnic is null || !CodeSets.Ethnicity.Contains(header.Ethnic)) errors.Flag(header, "ETHNIC");
        }
    }
}
