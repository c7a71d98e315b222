using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child with a date UASC status ceased must have UASC status 1.</summary>
public sealed class Rule303 : Rule
{
    public override string Code => "303";
    public override string Message => "If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Uasc];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Header is not { } header || header.Uasc is null or "1") return;
        var flagged = false;
        for (var i = 0; i < child.Uasc.Count; i++)
        {
            var row = child.Uasc[i];
            if (row.Duc.IsBlank) continue;
            errors.Flag(row, "DUC");
            flagged = true;
        }
        if (flagged) errors.Flag(header, "UASC");
    }
}
