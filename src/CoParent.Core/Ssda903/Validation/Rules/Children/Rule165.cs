using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>
/// MOTHER, when given, must be 0 or 1 and not for a boy; a girl looked after in the year must have it; and a
/// girl not looked after in the year whose OC3 row is filled in must not (children only on short breaks are left out).
/// </summary>
public sealed class Rule165 : Rule
{
    public override string Code => "165";
    public override string Message => "Data entry for mother status is invalid.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Episodes, ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var hasEpisodes = false;
        var inYear = false;
        for (var i = 0; i < child.Episodes.Count; i++)
        {
            var e = child.Episodes[i];
            if (e.Ls is "V3" or "V4") continue;
            hasEpisodes = true;
            if (ChildrenFacts.OpenInYear(e, context)) inYear = true;
        }
        if (!hasEpisodes) return;

        var careLeaverData = ChildrenFacts.HasCareLeaverData(child);
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            // Sexes are M/F from 2024/25 (ssda903.md §3); the public validator still tests the old 1/2 codes here.
            var hasMother = header.Mother is not null;
            var female = ChildrenFacts.IsFemale(header);
            var wrong = (hasMother && header.Mother is not ("0" or "1"))
                || (hasMother && ChildrenFacts.IsMale(header))
                || (!hasMother && female && inYear)
                || (hasMother && female && !inYear && careLeaverData);
            if (!wrong) continue;
            errors.Flag(header, "MOTHER", "SEX");
            errors.FlagAll(child.OC3, Oc3Row.CareLeaverFields);
        }
    }
}
