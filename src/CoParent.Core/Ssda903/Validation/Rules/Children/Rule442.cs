using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A looked-after child (any episode other than short breaks) must have a UPN or a UN code.</summary>
public sealed class Rule442 : Rule
{
    public override string Code => "442";
    public override string Message => "Unique Pupil Number (UPN) field is not completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (!ChildrenFacts.HasEpisodeOutsideShortBreaks(child)) return;
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Upn is null) errors.Flag(header, "UPN");
        }
    }
}
