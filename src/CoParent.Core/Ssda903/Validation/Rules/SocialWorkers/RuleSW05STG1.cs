using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>SW_DEC, when given, must be a DD/MM/YYYY date (the DfE's message says "began" but the field is the end date).</summary>
public sealed class RuleSW05STG1 : Rule
{
    public override string Code => "SW05STG1";
    public override string Message => "Date social worker episode began is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // The Python tool's 2025/26 version also flags a blank SW_DEC, which would fail every open episode that
        // SW17STG2 requires; an open episode is allowed here.
        foreach (var row in child.SWEpisodes)
        {
            if (row.SwDec.IsInvalid) errors.Flag(row, "SW_DEC");
        }
    }
}
