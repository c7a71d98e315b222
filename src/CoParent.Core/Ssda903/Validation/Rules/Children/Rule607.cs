using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A girl who ceased to be looked after in the year (not from short breaks, not REC X1) must have MOTHER completed.</summary>
public sealed class Rule607 : Rule
{
    public override string Code => "607";
    public override string Message => "Child ceased to be looked after in the year, but mother field has not been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Header is not { } header || !ChildrenFacts.IsFemale(header) || header.Mother is not null) return;
        var any = false;
        for (var i = 0; i < child.Episodes.Count; i++)
        {
            var e = child.Episodes[i];
            if (e.Dec.Date is not { } dec || dec < context.Start || dec > context.End) continue;
            if (e.Rec is null or "X1" || e.Ls is "V3" or "V4") continue;
            errors.Flag(e, "DEC", "REC", "LS");
            any = true;
        }
        if (any) errors.Flag(header, "MOTHER", "SEX");
    }
}
