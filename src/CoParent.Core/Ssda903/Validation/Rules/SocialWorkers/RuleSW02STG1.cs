using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>SW_ID must begin SW or XX and carry something after it (at least four characters), as the DfE's tool checks.</summary>
public sealed class RuleSW02STG1 : Rule
{
    public override string Code => "SW02STG1";
    public override string Message => "Social worker ID does not begin with the characters ‘SW’ or ‘XX’.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.SWEpisodes)
        {
            var id = row.SwId;
            if (id is null || id.Length < 4 || !(id.StartsWith("SW", StringComparison.Ordinal) || id.StartsWith("XX", StringComparison.Ordinal)))
            {
                errors.Flag(row, "SW_ID");
            }
        }
    }
}
