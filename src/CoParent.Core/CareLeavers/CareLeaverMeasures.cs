using CoParent.Core.Children;
using CoParent.Core.Measures;
using CoParent.Core.Ssda903;

namespace CoParent.Core.CareLeavers;

/// <summary>A stretch of care: one episode's dates, placement, legal status and why it ended.</summary>
public readonly record struct CareSpell(DateOnly Start, DateOnly? End, string Place, string Ls, string? Rec);

/// <summary>Everything the care leaver measures ask about one young person.</summary>
public sealed record CareLeaverFacts(
    int ChildId,
    DateOnly DateOfBirth,
    string? InTouch,
    IReadOnlyList<EducationEmploymentStatus> Statuses,
    IReadOnlyList<AccommodationRecord> Accommodation,
    IReadOnlyList<CareSpell> Care)
{
    public IEnumerable<Dated> Activities => Statuses.Select(s => new Dated(s.From, s.Activity));
    public IEnumerable<Dated> Homes => Accommodation.Select(a => new Dated(a.From, a.Code));

    public bool InCareOn(DateOnly date) => Care.Any(c => c.Start <= date && (c.End is null || c.End > date) && c.Ls is not ("V3" or "V4"));

    /// <summary>
    /// A care leaver on the date: out of care, having been looked after for at least 13 weeks since their 14th
    /// birthday and until their 16th birthday or later (the DfE's eligible, relevant and former relevant young people).
    /// </summary>
    public bool IsCareLeaverOn(DateOnly date)
    {
        if (InCareOn(date)) return false;
        var fourteenth = Age.Birthday(DateOfBirth, DateOfBirth.Year + 14);
        var sixteenth = Age.Birthday(DateOfBirth, DateOfBirth.Year + 16);
        var ended = Care.Where(c => c.End is { } e && e <= date && c.Ls is not ("V3" or "V4")).ToList();
        if (!ended.Any(c => c.End >= sixteenth)) return false;
        var days = ended.Sum(c => Math.Max(0, c.End!.Value.DayNumber - (c.Start > fourteenth ? c.Start : fourteenth).DayNumber));
        return days >= 91;
    }
}

/// <summary>
/// Outcome 7 (and Outcome 6's 16 and 17 year olds): how care leavers are doing, as the DfE counts it in the
/// children looked after statistics (measures.md, "Care leaver measures"; OC3 in ssda903.md).
/// </summary>
public static class CareLeaverMeasures
{
    public static IReadOnlyList<MeasureResult> Calculate(IEnumerable<CareLeaverFacts> people, MeasurePeriod period)
    {
        var all = people.ToList();
        var results = new List<MeasureResult>();
        foreach (var (from, to, label) in new[] { (17, 18, "17-18"), (19, 21, "19-21"), (22, 25, "22-25") })
        {
            var cohort = AtBirthdays(all, period, from, to);
            var ours = from > CareLeaverReturn.LastAge ? " The DfE asks about 22 to 25 year olds differently; this follows our own records." : "";
            results.Add(Percent($"leaving-care.eet.{label}", $"Care leavers aged {from} to {to} in education, employment or training",
                $"Care leavers whose {Ordinal(from)} to {Ordinal(to)} birthday fell in the period and who, around that birthday, were in " +
                "education, employment or training (activity F1, P1, F2, P2, F4, P4, F5 or P5), out of all of them, including those " +
                "we were not in touch with. Those who died or returned home for six months or more are left out, as the DfE leaves them out." + ours,
                cohort.Where(c => c.Facts.IsEet).ToList(), cohort));
            results.Add(Percent($"leaving-care.suitable-accommodation.{label}", $"Care leavers aged {from} to {to} in suitable accommodation",
                $"Care leavers whose {Ordinal(from)} to {Ordinal(to)} birthday fell in the period and whose accommodation around that " +
                "birthday was suitable (the accommodation code ends in 1), out of all of them, including those we were not in touch with." + ours,
                cohort.Where(c => c.Facts.IsSuitablyHoused).ToList(), cohort));
        }

        var last = period.To;
        var seeking = all.Where(p => Age.On(p.DateOfBirth, last) is >= 18 and <= 25 && p.IsCareLeaverOn(last)
            && InForce(p.Statuses, last) is { } s && CareLeaverCodes.IsNeet(s.Activity) && s.ActivelySeekingWork == true).ToList();
        results.Add(Count("leaving-care.seeking-employment", "Care leavers actively seeking employment",
            "Care leavers aged 18 to 25 on the last day of the period who were not in education, employment or training that day and were actively looking for work.",
            seeking));

        var council = all.Where(p => Age.On(p.DateOfBirth, last) is >= 16 and <= 25 && p.IsCareLeaverOn(last)
            && InForce(p.Statuses, last) is { } s && CareLeaverCodes.IsWork(s.Activity) && s.EmployedByCouncil == true).ToList();
        results.Add(Count("leaving-care.employed-by-council", "Care leavers employed by the council",
            "Care leavers aged 16 to 25 on the last day of the period whose apprenticeship, training or job that day was with the council.",
            council));

        var fosteredAt18 = new List<CareLeaverFacts>();
        var stayingPut = new List<CareLeaverFacts>();
        foreach (var p in all)
        {
            var eighteenth = Age.Birthday(p.DateOfBirth, p.DateOfBirth.Year + 18);
            if (!period.Contains(eighteenth)) continue;
            var dayBefore = eighteenth.AddDays(-1);
            var placement = p.Care.Where(c => c.Start <= dayBefore && (c.End is null || c.End > dayBefore)).Select(c => (CareSpell?)c).FirstOrDefault();
            if (placement is not { } fostered || !CodeSets.IsFoster(fostered.Place)) continue;
            fosteredAt18.Add(p);
            var leftToStay = p.Care.Any(c => c.End == eighteenth && c.Rec == "E17");
            if (leftToStay || CareLeaverCodes.IsStayingPut(CareLeaverReturn.InForce(p.Homes, eighteenth))) stayingPut.Add(p);
        }
        results.Add(Percent("leaving-care.staying-put", "Staying Put at 18",
            "Young people whose 18th birthday fell in the period and who were in foster care the day before it: the percentage who stayed " +
            "with their former foster carers at 18 (they left care to Staying Put, reason E17, or their accommodation on the birthday is with " +
            "former foster carers, code Z).", stayingPut, fosteredAt18));

        var sixteenSeventeen = all.Where(p => Age.On(p.DateOfBirth, last) is 16 or 17 && p.InCareOn(last)).ToList();
        results.Add(Percent("leaving-care.eet.16-17-in-care", "16 and 17 year olds in care in education, employment or training",
            "Children in our care aged 16 or 17 on the last day of the period whose recorded activity that day was education, employment " +
            "or training, out of all of them (those with nothing recorded count as not known, not as in education, employment or training).",
            sixteenSeventeen.Where(p => InForce(p.Statuses, last) is { } s && CareLeaverCodes.IsEet(s.Activity)).ToList(), sixteenSeventeen));
        return results;
    }

    private sealed record AtBirthday(CareLeaverFacts Person, BirthdayFacts Facts);

    /// <summary>Each care leaver's latest birthday in the period at an age in the band, with how they were doing then.</summary>
    private static List<AtBirthday> AtBirthdays(List<CareLeaverFacts> people, MeasurePeriod period, int fromAge, int toAge)
    {
        var cohort = new List<AtBirthday>();
        foreach (var p in people)
        {
            for (var year = period.To.Year; year >= period.From.Year; year--)
            {
                var birthday = Age.Birthday(p.DateOfBirth, year);
                var age = year - p.DateOfBirth.Year;
                if (!period.Contains(birthday) || age < fromAge || age > toAge || !p.IsCareLeaverOn(birthday)) continue;
                if (p.InTouch is "DIED" or "RHOM") break;
                cohort.Add(new AtBirthday(p, CareLeaverReturn.AtBirthday(birthday, age, p.InTouch, p.Activities, p.Homes)));
                break;
            }
        }
        return cohort;
    }

    private static EducationEmploymentStatus? InForce(IReadOnlyList<EducationEmploymentStatus> statuses, DateOnly date) =>
        statuses.Where(s => s.From <= date).OrderByDescending(s => s.From).FirstOrDefault();

    private static string Ordinal(int n) => n switch { 17 => "17th", 18 => "18th", 19 => "19th", 21 => "21st", 22 => "22nd", 25 => "25th", _ => $"{n}th" };

    private static MeasureResult Percent(string id, string name, string definition, List<AtBirthday> numerator, List<AtBirthday> denominator) =>
        Percent(id, name, definition, numerator.Select(n => n.Person).ToList(), denominator.Select(d => d.Person).ToList());

    private static MeasureResult Percent(string id, string name, string definition, List<CareLeaverFacts> numerator, List<CareLeaverFacts> denominator) =>
        new(id, name, definition,
            denominator.Count == 0 ? null : Math.Round(numerator.Count * 100m / denominator.Count, 1),
            numerator.Count, denominator.Count, MeasureUnits.Percent, numerator.Select(n => n.ChildId).ToList());

    private static MeasureResult Count(string id, string name, string definition, List<CareLeaverFacts> who) =>
        new(id, name, definition, who.Count, who.Count, 0, MeasureUnits.Children, who.Select(w => w.ChildId).ToList());
}
