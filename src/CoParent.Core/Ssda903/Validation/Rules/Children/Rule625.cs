using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>
/// The first child's date of birth cannot be after the end of the year, nor after the date the mother's
/// latest episode ceased.
/// </summary>
public sealed class Rule625 : Rule
{
    public override string Code => "625";
    public override string Message => "Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Header is not { } header || header.McDob.Date is not { } mcDob) return;

        EpisodeRow? latest = null;
        for (var i = 0; i < child.Episodes.Count; i++)
        {
            var e = child.Episodes[i];
            if (e.Dec.Date is { } dec && (latest is null || dec > latest.Dec.Date)) latest = e;
        }

        // The public validator only looks at children with a ceased episode, so misses a first child born after
        // 31 March to a mother still looked after; the message covers both, so we flag the header then too.
        var wrong = mcDob > context.End || (latest is not null && mcDob > latest.Dec.Date);
        if (!wrong) return;
        errors.Flag(header, "MC_DOB");
        if (latest is not null) errors.Flag(latest, "DEC");
    }
}
