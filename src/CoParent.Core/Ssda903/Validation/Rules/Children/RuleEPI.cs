using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A warning for a child in the header with neither episodes nor OC3 rows: nothing else about them can be checked.</summary>
public sealed class RuleEPI : Rule
{
    public override string Code => "EPI";
    public override string Message => "WARNING: Episodes need to be loaded for this child before further validation is possible";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Episodes.Count > 0 || child.OC3.Count > 0) return;
        errors.FlagAll(child.Headers, "CHILD");
    }
}
