using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A care leaver was a relevant or former relevant child: looked after for at least 13 weeks since their 14th birthday, some of it after their 16th, and not adopted at the end; judged on this year's and last year's episodes.</summary>
public sealed class Rule1001 : Rule
{
    public override string Code => "1001";
    public override string Message => "The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header, ReturnTable.OC3];

    public override bool UsesPreviousYear => true;

    private static int DaysFrom(DateOnly from, DateOnly to) => Math.Max(0, to.DayNumber - from.DayNumber);

    /// <summary>Episodes with a valid DECOM from both years, one per DECOM: the one with the earliest DEC, a DEC before none.</summary>
    private static List<EpisodeRow> BothYears(ChildReturn child, ChildReturn? lastYear)
    {
        var episodes = new List<EpisodeRow>(child.Episodes.Count + (lastYear?.Episodes.Count ?? 0));
        Add(child.Episodes);
        if (lastYear is not null) Add(lastYear.Episodes);
        return episodes;

        void Add(RowList<EpisodeRow> rows)
        {
            foreach (var row in rows)
            {
                if (row.Decom.Date is not { } decom) continue;
                var same = episodes.FindIndex(e => e.Decom.Date == decom);
                if (same < 0) episodes.Add(row);
                else if (row.Dec.Date is { } dec && (episodes[same].Dec.Date is not { } kept || dec < kept)) episodes[same] = row;
            }
        }
    }

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC3.Count == 0 || child.Dob is not { } dob) return;
        // Like the DfE tool, the rule needs both years' episodes, and leaves alone those 20 or over, whose time
        // in care since 14 mostly falls before last year's return.
        if (context.Current.Table(ReturnTable.Episodes) is not { Rows.Count: > 0 }) return;
        if (context.Previous?.Table(ReturnTable.Episodes) is not { Rows.Count: > 0 }) return;
        if (CareFacts.AgeOn(dob, context.End) >= 20) return;

        var episodes = BothYears(child, context.LastYear(child));
        EpisodeRow? final = null;
        foreach (var episode in episodes)
        {
            if (final is null || episode.Decom.Date > final.Decom.Date) final = episode;
        }

        var adopted = final is { Rec: "E11" or "E12" };
        var fourteenth = CareFacts.BirthdayAt(dob, 14);
        var sixteenth = CareFacts.BirthdayAt(dob, 16);
        int since14 = 0, since16 = 0;
        foreach (var episode in episodes)
        {
            if (episode.Ls is "V3" or "V4") continue;
            // The final episode still open counts to the end of the year.
            var dec = episode.Dec.Date ?? (ReferenceEquals(episode, final) ? context.End : (DateOnly?)null);
            if (dec is not { } end) continue;
            var decom = episode.Decom.Date!.Value;
            since14 += DaysFrom(decom > fourteenth ? decom : fourteenth, end);
            since16 += DaysFrom(decom > sixteenth ? decom : sixteenth, end);
        }

        if (adopted || since14 < 91 || since16 < 1)
        {
            foreach (var row in child.OC3) errors.Flag(row, Oc3Row.CareLeaverFields);
        }
    }
}
