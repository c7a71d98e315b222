using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A looked-after girl (any episode other than short breaks) must have MOTHER completed.</summary>
public sealed class Rule393 : Rule
{
    public override string Code => "393";
    public override string Message => "Child is looked after but mother field is not completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (!ChildrenFacts.HasEpisodeOutsideShortBreaks(child)) return;
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (ChildrenFacts.IsFemale(header) && header.Mother is null) errors.Flag(header, "MOTHER");
        }
    }
}
