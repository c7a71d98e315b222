using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>
/// A child of school age must not have the UPN code UN1 ("not of school age"): one who was 4 by 31 August
/// before the year before the collection started (the DfE's reference date).
/// </summary>
public sealed class Rule209 : Rule
{
    public override string Code => "209";
    public override string Message => "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var reference = new DateOnly(context.Start.Year - 1, 8, 31);
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Upn == "UN1" && header.Dob.Date is { } dob && CareFacts.BirthdayAt(dob, 4) <= reference)
            {
                errors.Flag(header, "DOB", "UPN");
            }
        }
    }
}
