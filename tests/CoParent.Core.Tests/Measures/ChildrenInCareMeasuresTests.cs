using CoParent.Core.Measures;
using static CoParent.Core.Tests.Measures.Histories;

namespace CoParent.Core.Tests.Measures;

public class ChildrenInCareMeasuresTests
{
    [Fact]
    public void Count_EpisodeEndingOnTheDate_IsNotInCare()
    {
        // Child 1 open; child 2's episode ends on the date (not open on it); child 3 starts the day after => 1.
        var set = Calculate(
            Settled(1),
            Child(2, Episode("2025-01-01", dec: "2026-03-31", rec: "E4A")),
            Child(3, Episode("2026-04-01")));

        var count = set["cla.count"];

        Assert.Equal(1, count.Value);
        Assert.Equal([1], count.ChildIds);
    }

    [Fact]
    public void Count_EpisodeStartingOnTheDate_IsInCare()
    {
        var set = Calculate(Child(1, Episode("2026-03-31")));

        Assert.Equal(1, set["cla.count"].Numerator);
    }

    [Fact]
    public void Count_ChildOnAgreedShortBreaks_IsNotCounted()
    {
        // Child 1 C2, child 2 V3, child 3 V4 => 1 in care; V3/V4 rows are not listed in the legal status table.
        var set = Calculate(Settled(1), Child(2, Episode("2026-03-30", ls: "V3")), Child(3, Episode("2026-03-30", ls: "V4")));

        Assert.Equal(1, set["cla.count"].Numerator);
        Assert.Null(set.Find("cla.legal-status.V3"));
    }

    [Fact]
    public void RatePer10000_IsCountOverUnder18Population()
    {
        // 3 children in care, 10,000 children => 3 per 10,000; 3 of 4,000 => 7.5.
        var children = new[] { Settled(1), Settled(2), Settled(3) };

        var rate = ChildrenInCareMeasures.Calculate(children, AsAt, 10_000)["cla.rate-per-10000"];
        var smallerArea = ChildrenInCareMeasures.Calculate(children, AsAt, 4_000)["cla.rate-per-10000"];

        Assert.Equal(3m, rate.Value);
        Assert.Equal(3, rate.Numerator);
        Assert.Equal(10_000, rate.Denominator);
        Assert.Equal(7.5m, smallerArea.Value);
    }

    [Fact]
    public void AgeBands_UseAgeOnTheDate_With29FebruaryBirthdays()
    {
        // As at 2026-03-31: born 2010-03-31 => 16 (16 and over); born 2010-04-01 => 15 (10 to 15);
        // born 2012-02-29 => 14 (10 to 15); born 2025-06-01 => 0 (under 1). 4 children: 2 of 4 = 50% aged 10 to 15.
        var set = Calculate(
            Child(1, "2010-03-31", Episode("2025-01-01")),
            Child(2, "2010-04-01", Episode("2025-01-01")),
            Child(3, "2012-02-29", Episode("2025-01-01")),
            Child(4, "2025-06-01", Episode("2025-07-01")));

        Assert.Equal([1], set["cla.age.16-plus"].ChildIds);
        Assert.Equal([2, 3], set["cla.age.10-15"].ChildIds);
        Assert.Equal(50m, set["cla.age.10-15"].Value);
        Assert.Equal([4], set["cla.age.under-1"].ChildIds);
        Assert.Equal(4, set["cla.age.10-15"].Denominator);
        Assert.Equal(["cla.age.under-1", "cla.age.1-4", "cla.age.5-9", "cla.age.10-15", "cla.age.16-plus"],
            set.Breakdown("cla.age").Select(m => m.Id));
    }

    [Fact]
    public void LongTermStability_ChildBornOn29February_LeavesTheUnder16CohortOnTheirBirthday()
    {
        // Born 2012-02-29, in care with the same carers since 2020. 2028 is a leap year:
        // on 2028-02-28 aged 15 (in the cohort, stable: 1 of 1 = 100%); on 2028-02-29 aged 16 (cohort empty, no value).
        var leapling = Child(1, "2012-02-29", Episode("2020-01-01"));

        var dayBefore = ChildrenInCareMeasures.Calculate([leapling], D("2028-02-28"), 10_000)["stability.long-term"];
        var birthday = ChildrenInCareMeasures.Calculate([leapling], D("2028-02-29"), 10_000)["stability.long-term"];

        Assert.Equal(100m, dayBefore.Value);
        Assert.Equal(0, birthday.Denominator);
        Assert.Null(birthday.Value);
    }

    [Fact]
    public void Sex_CountsMaleFemaleAndUnknown()
    {
        // M, M, F, U => 50% male, 25% female, 25% unknown.
        var set = Calculate(
            Settled(1), Settled(2),
            Settled(3) with { Sex = "F" },
            Settled(4) with { Sex = "U" });

        Assert.Equal(50m, set["cla.sex.male"].Value);
        Assert.Equal(25m, set["cla.sex.female"].Value);
        Assert.Equal(25m, set["cla.sex.unknown"].Value);
    }

    [Fact]
    public void Ethnicity_GroupsLongCodesIntoTheDfEGroups()
    {
        // WBRI and WOTH are White, BAFR is Black, NOBT is not known => White 2 of 4 = 50%.
        var set = Calculate(
            Settled(1), Settled(2) with { Ethnicity = "WOTH" },
            Settled(3) with { Ethnicity = "BAFR" }, Settled(4) with { Ethnicity = "NOBT" });

        Assert.Equal(50m, set["cla.ethnicity.white"].Value);
        Assert.Equal([3], set["cla.ethnicity.black"].ChildIds);
        Assert.Equal([4], set["cla.ethnicity.not-known"].ChildIds);
        Assert.Equal(6, set.Breakdown("cla.ethnicity").Count);
    }

    [Fact]
    public void LegalStatus_IsThatOfTheOpenEpisode()
    {
        // Child 1 was C1 then C2 from 2026-01-01 (RNE L) => C2; child 2 is V2 => 1 of 2 on C2 = 50%.
        var set = Calculate(
            Child(1, Episode("2025-01-01", dec: "2026-01-01", ls: "C1"), Episode("2026-01-01", rne: "L", ls: "C2")),
            Child(2, Episode("2025-01-01", ls: "V2")));

        Assert.Equal([1], set["cla.legal-status.C2"].ChildIds);
        Assert.Equal(50m, set["cla.legal-status.C2"].Value);
        Assert.Equal(0, set["cla.legal-status.C1"].Numerator);
    }

    [Fact]
    public void Fostered_IsU1ToU6_AndInHouseIsPR1AmongTheFostered()
    {
        // 4 in care: U4/PR1, U1/PR1, U6/PR4, K2/PR4 => 3 of 4 fostered = 75%; 2 of the 3 fostered in-house = 66.7%.
        var set = Calculate(
            Child(1, Episode("2025-01-01", place: "U4", provider: "PR1")),
            Child(2, Episode("2025-01-01", place: "U1", provider: "PR1")),
            Child(3, Episode("2025-01-01", place: "U6", provider: "PR4")),
            Child(4, Episode("2025-01-01", place: "K2", provider: "PR4")));

        Assert.Equal(75m, set["cla.placement.fostered"].Value);
        Assert.Equal(66.7m, set["cla.placement.fostered-in-house"].Value);
        Assert.Equal(3, set["cla.placement.fostered-in-house"].Denominator);
        Assert.Equal([2], set["cla.placement.foster-relatives-friends"].ChildIds);
        Assert.Equal([4], set["cla.placement.residential"].ChildIds);
        Assert.DoesNotContain(set.Breakdown("cla.placement"), m => m.Id == "cla.placement.fostered");
    }

    [Fact]
    public void Uasc_CountsChildrenWhoseStatusHasNotCeasedByTheDate()
    {
        // Child 1 UASC; child 2 UASC ceased on the date (no longer); child 3 ceases after the date (still) => 2.
        var set = Calculate(
            Settled(1) with { IsUasc = true },
            Settled(2) with { IsUasc = true, UascCeased = AsAt },
            Settled(3) with { IsUasc = true, UascCeased = AsAt.AddDays(1) },
            Settled(4));

        var uasc = set["cla.uasc"];

        Assert.Equal(2m, uasc.Value);
        Assert.Equal([1, 3], uasc.ChildIds);
        Assert.Equal(MeasureUnits.Children, uasc.Unit);
    }

    [Fact]
    public void ShortTermStability_ThreePlacementsInTheYear_Counts()
    {
        // 4 children in care, 1 has 3 placements (S, P, B) in the 12 months => 25%.
        var set = Calculate(
            Child(1, Episode("2025-05-01", dec: "2025-09-01"), Episode("2025-09-01", dec: "2026-01-01", rne: "P"),
                Episode("2026-01-01", rne: "B", ls: "C1")),
            Settled(2), Settled(3), Settled(4));

        var shortTerm = set["stability.short-term"];

        Assert.Equal(25m, shortTerm.Value);
        Assert.Equal(1, shortTerm.Numerator);
        Assert.Equal(4, shortTerm.Denominator);
        Assert.Equal([1], shortTerm.ChildIds);
    }

    [Fact]
    public void ShortTermStability_LegalStatusChangeAndSameCarerMoves_AreNotNewPlacements()
    {
        // S, then L (legal status only), then T (move, same carer), then U (both, same carer): 1 placement => 0%.
        var child = Child(1,
            Episode("2025-05-01", dec: "2025-07-01", ls: "C1"),
            Episode("2025-07-01", dec: "2025-09-01", rne: "L", ls: "C2"),
            Episode("2025-09-01", dec: "2025-11-01", rne: "T"),
            Episode("2025-11-01", rne: "U", ls: "E1", place: "A5"));

        var set = Calculate(child);

        Assert.Equal(0m, set["stability.short-term"].Value);
        Assert.Single(CareHistory.Placements(child.Episodes, AsAt));
    }

    [Fact]
    public void ShortTermStability_TemporaryPlacements_AreNotCounted()
    {
        // Carer A (S), hospital T1 (P), carer B (P): 3 runs, but the T1 run is temporary => 2 placements => 0%.
        var set = Calculate(Child(1,
            Episode("2025-05-01", dec: "2025-09-01"),
            Episode("2025-09-01", dec: "2025-09-05", rne: "P", place: "T1", provider: null),
            Episode("2025-09-05", rne: "P")));

        Assert.Equal(0, set["stability.short-term"].Numerator);
    }

    [Fact]
    public void ShortTermStability_PlacementThatEndedBeforeTheYear_IsNotCounted()
    {
        // As at 2026-03-31 the year runs from 2025-04-01. Placement 1 ended 2025-03-31 (before), 2 ended on 2025-04-01
        // (the child was there that day), 3 and 4 in the year. Child 1: placements 2, 3, 4 => 3 (counted).
        // Child 2: placement 1 ended before the year, then 2 more => 2 (not counted). 1 of 2 = 50%.
        var set = Calculate(
            Child(1,
                Episode("2024-01-01", dec: "2025-02-01"),
                Episode("2025-02-01", dec: "2025-04-01", rne: "P"),
                Episode("2025-04-01", dec: "2025-10-01", rne: "P"),
                Episode("2025-10-01", rne: "P")),
            Child(2,
                Episode("2024-01-01", dec: "2025-03-31"),
                Episode("2025-03-31", dec: "2025-10-01", rne: "P"),
                Episode("2025-10-01", rne: "P")));

        Assert.Equal([1], set["stability.short-term"].ChildIds);
        Assert.Equal(50m, set["stability.short-term"].Value);
    }

    [Fact]
    public void LongTermStability_CountsUnder16sInCare2AndAHalfYears_WithTheSameCarers2Years()
    {
        // As at 2026-03-31, 2.5 years back = 2023-09-30, 2 years back = 2024-03-31.
        // Child 1: in care since 2023-01-01, same carer (changes of legal status only) => in cohort, stable.
        // Child 2: in care since 2023-01-01 (episodes linked by X1), new carer 2025-01-01 (P) => in cohort, not stable.
        // Child 3: in care since 2024-01-01 => not in cohort (under 2.5 years).
        // Child 4: aged 16 => not in cohort.
        // Child 5: left care 2023-06-01 (E4A) and came back 2024-01-01 => not continuous for 2.5 years.
        // Cohort 2 (children 1, 2), stable 1 => 50%.
        var set = Calculate(
            Child(1, Episode("2023-01-01", dec: "2024-06-01", ls: "C1"), Episode("2024-06-01", rne: "L", ls: "C2")),
            Child(2, Episode("2023-01-01", dec: "2025-01-01"), Episode("2025-01-01", rne: "P")),
            Child(3, Episode("2024-01-01")),
            Child(4, "2009-06-01", Episode("2020-01-01")),
            Child(5, Episode("2022-01-01", dec: "2023-06-01", rec: "E4A"), Episode("2024-01-01")));

        var longTerm = set["stability.long-term"];

        Assert.Equal(2, longTerm.Denominator);
        Assert.Equal([1], longTerm.ChildIds);
        Assert.Equal(50m, longTerm.Value);
    }

    [Fact]
    public void LongTermStability_EpisodesLinkedByX1_AreOnePeriodOfCare()
    {
        // Episode 1 ends 2023-01-01 with X1; episode 2 starts 2023-01-02 (X1 says the next began the same day; the
        // gap is a recording slip) => one period since 2022-01-01 >= 2.5 years. Episode 2 is RNE T (same carer) => stable.
        var set = Calculate(Child(1,
            Episode("2022-01-01", dec: "2023-01-01", rec: "X1"),
            Episode("2023-01-02", rne: "T")));

        Assert.Equal(1, set["stability.long-term"].Denominator);
        Assert.Equal(100m, set["stability.long-term"].Value);
    }

    [Fact]
    public void LongTermStability_CarerRunStartedExactlyTwoYearsBefore_IsStable()
    {
        // In care since 2023-01-01; new carer on 2024-03-31, exactly 2 years before 2026-03-31 => stable (100%).
        var set = Calculate(Child(1, Episode("2023-01-01", dec: "2024-03-31"), Episode("2024-03-31", rne: "B", ls: "E1")));

        Assert.Equal(100m, set["stability.long-term"].Value);
    }

    [Fact]
    public void Distance_OverTwentyMiles_AndUnknownDistancesReportedSeparately()
    {
        // 4 in care: 25.3 miles, 20.0 miles (not over), 3 miles, unknown => 1 of 4 = 25%; 1 not known.
        var set = Calculate(
            Child(1, Episode("2025-01-01", distance: 25.3)),
            Child(2, Episode("2025-01-01", distance: 20.0)),
            Child(3, Episode("2025-01-01", distance: 3)),
            Child(4, Episode("2025-01-01", distance: null, location: null)));

        Assert.Equal(25m, set["placement.over-20-miles"].Value);
        Assert.Equal([1], set["placement.over-20-miles"].ChildIds);
        Assert.Equal([4], set["placement.distance-not-known"].ChildIds);
    }

    [Fact]
    public void Location_OutsideTheCouncilArea_AndUnknownLocationsReportedSeparately()
    {
        // 3 in care: OUT, IN, unknown => 1 of 3 = 33.3% outside; 1 not known.
        var set = Calculate(
            Child(1, Episode("2025-01-01", location: "OUT")),
            Child(2, Episode("2025-01-01", location: "IN")),
            Child(3, Episode("2025-01-01", location: null)));

        Assert.Equal(33.3m, set["placement.outside-council-area"].Value);
        Assert.Equal(1, set["placement.location-not-known"].Numerator);
    }

    [Fact]
    public void Measures_WithNobodyInCare_HaveNoPercentages()
    {
        var set = Calculate();

        Assert.Equal(0m, set["cla.count"].Value);
        Assert.Null(set["cla.placement.fostered"].Value);
        Assert.Null(set["stability.short-term"].Value);
    }

    [Fact]
    public void Measures_HaveUniqueStableIds()
    {
        var ids = Calculate(Settled(1)).Measures.Select(m => m.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(MeasureSet.Headline, id => Assert.Contains(id, ids));
        Assert.Contains("cla.legal-status.C2", ids);
        Assert.Contains("cla.sex.male", ids);
    }
}
