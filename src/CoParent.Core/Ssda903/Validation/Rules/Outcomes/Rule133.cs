using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>ACCOM must be one of the accommodation codes after leaving care (no S1 or X1, ssda903.md §3); the DfE tool also flags it blank.</summary>
public sealed class Rule133 : Rule
{
    public override string Code => "133";
    public override string Message => "Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC3];

    /// <summary>B, C, D, E, G, H, K, R, T, U, V, W, Y, Z with 1 (suitable) or 2 (not suitable); S and X only as 2; or 0.</summary>
    private static bool IsAccommodationCode(string? code) => code switch
    {
        "0" or "S2" or "X2" => true,
        { Length: 2 } when code[1] is '1' or '2' => code[0] is 'B' or 'C' or 'D' or 'E' or 'G' or 'H' or 'K' or 'R' or 'T' or 'U' or 'V' or 'W' or 'Y' or 'Z',
        _ => false,
    };

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC3)
        {
            if (!IsAccommodationCode(row.Accom)) errors.Flag(row, "ACCOM");
        }
    }
}
