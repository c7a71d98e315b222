using CoParent.Core.Education;
using CoParent.Core.Measures;

namespace CoParent.Core.Tests.Education;

public class PepTimelinessTests
{
    private static readonly IReadOnlyList<PepDeadline> Deadlines = PepDeadline.Defaults;

    // A: Year 7, into care Monday 7 Sept 2026; first PEP approved 2 Oct 2026, rated green.
    private static readonly PepChild A = new(1, new(2015, 5, 10), [new(new(2026, 9, 7), null)], [new(2020, 9, 1)],
        [new(2026, SchoolTerm.Autumn, new(2026, 10, 2), PepRating.Green)]);

    // B: in care since June 2025, changed school Monday 2 Nov 2026; autumn PEP approved 10 Nov 2026, rated amber.
    private static readonly PepChild B = new(2, new(2012, 1, 15), [new(new(2025, 6, 1), null)], [new(2024, 9, 1), new(2026, 11, 2)],
        [new(2026, SchoolTerm.Autumn, new(2026, 11, 10), PepRating.Amber)]);

    // C: Year 4, in care since January 2026, no PEP this year.
    private static readonly PepChild C = new(3, new(2018, 3, 1), [new(new(2026, 1, 5), null)], [new(2022, 9, 1)], []);

    [Theory]
    [InlineData("2023-12-01", true)]   // third birthday 1 Dec 2026 falls in this academic year
    [InlineData("2024-09-01", false)]  // third birthday is in the next academic year
    [InlineData("2008-09-01", true)]   // 17 on 31 Aug 2026: Year 13
    [InlineData("2007-08-31", false)]  // 19 on 31 Aug 2026: past Year 13
    public void InAgeRange_FromAcademicYearOfThirdBirthdayToEndOfYear13(string dob, bool expected) =>
        Assert.Equal(expected, PepTimeliness.InAgeRange(DateOnly.Parse(dob), new DateOnly(2026, 11, 23)));

    [Fact]
    public void Due_ChildNewToCare_FirstPepBy20WorkingDaysAndNoAutumnTermlyPep()
    {
        // 7 Sept (Mon) + 20 working days: 14, 21, 28 Sept, 5 Oct are 5, 10, 15, 20 working days on. Not in care on
        // 1 Sept, so the autumn termly PEP is not due; the spring one (28 Feb 2027) is.
        var due = PepTimeliness.Due(A, new(2026, 9, 1), new(2027, 3, 31), Deadlines);

        Assert.Collection(due,
            d => Assert.Equal((new DateOnly(2026, 10, 5), PepDueReason.EnteredCare, (DateOnly?)new DateOnly(2026, 10, 2), true), (d.DueBy, d.Reason, d.CompletedOn, d.CompletedInTime)),
            d => Assert.Equal((new DateOnly(2027, 2, 28), PepDueReason.Termly, (DateOnly?)null), (d.DueBy, d.Reason, d.CompletedOn)));
    }

    [Fact]
    public void Due_ChangeOfSchool_NewPepWithin10WorkingDays()
    {
        // 2 Nov (Mon) + 10 working days = 16 Nov. The PEP approved on 10 Nov is in time for the change of school
        // but late for the autumn deadline of 31 Oct.
        var due = PepTimeliness.Due(B, new(2026, 9, 1), new(2026, 11, 30), Deadlines);

        Assert.Collection(due,
            d => Assert.Equal((new DateOnly(2026, 10, 31), PepDueReason.Termly, false), (d.DueBy, d.Reason, d.CompletedInTime)),
            d => Assert.Equal((new DateOnly(2026, 11, 16), PepDueReason.ChangedSchool, true), (d.DueBy, d.Reason, d.CompletedInTime)));
    }

    [Fact]
    public void Calculate_AutumnTerm_CountsDueOverdueInTimeAndRatings()
    {
        // Due Sept-Nov 2026: A first PEP (in time), B autumn (late) and change of school (in time), C autumn (never):
        // 3 children due; C overdue on 30 Nov; 2 of 4 in time = 50.0%. Approved and rated: A green, B amber: 1 of 2 each.
        var measures = PepMeasures.Calculate([A, B, C], new MeasurePeriod(new(2026, 9, 1), new(2026, 11, 30)), Deadlines).ToDictionary(m => m.Id);

        Assert.Equal(3, measures["education.peps.due"].Numerator);
        Assert.Equal([3], measures["education.peps.overdue"].ChildIds);
        Assert.Equal((50.0m, 2, 4), (measures["education.peps.in-time"].Value, measures["education.peps.in-time"].Numerator, measures["education.peps.in-time"].Denominator));
        Assert.Equal(50.0m, measures["education.peps.rated-green"].Value);
        Assert.Equal(50.0m, measures["education.peps.rated-amber"].Value);
        Assert.Equal(0m, measures["education.peps.rated-red"].Value);
    }

    [Fact]
    public void Calculate_NobodyDue_PercentagesAreEmpty()
    {
        var measures = PepMeasures.Calculate([], new MeasurePeriod(new(2026, 9, 1), new(2026, 11, 30)), Deadlines).ToDictionary(m => m.Id);

        Assert.Null(measures["education.peps.in-time"].Value);
        Assert.Equal(0, measures["education.peps.due"].Numerator);
    }
}

public class PepWorkflowTests
{
    private static PersonalEducationPlan Ready() => new()
    {
        ChildId = 1, AcademicYear = 2026, Term = SchoolTerm.Autumn, ChildLikes = "Football and drawing", MeetingDate = new(2026, 11, 12),
        Targets = [new PepTarget { Description = "Read a 100-page book", WhoWillDoIt = "Class teacher", ByWhen = new(2027, 2, 1) }],
    };

    [Fact]
    public void CannotSubmit_NoVoice_SaysToEnterTheChildsViews()
    {
        var pep = Ready();
        pep.ChildLikes = null;

        Assert.Equal("Enter the child's views before submitting the PEP", PepWorkflow.CannotSubmit(pep));
    }

    [Fact]
    public void Approve_SubmittedPep_LocksItWithRatingAndChecklist()
    {
        var pep = Ready();
        PepWorkflow.Submit(pep, new DateTime(2026, 11, 20));

        PepWorkflow.Approve(pep, PepRating.Green, "Clear targets", ["smart", "voice", "unknown"], "vso", new DateTime(2026, 11, 23));

        Assert.Equal((PepStatus.Approved, false, PepRating.Green, "voice,smart"), (pep.Status, pep.IsEditable, pep.QaRating, pep.QaItemsMet));
    }

    [Fact]
    public void Return_WithoutReason_IsRefused()
    {
        var pep = Ready();
        PepWorkflow.Submit(pep, new DateTime(2026, 11, 20));

        Assert.Throws<InvalidOperationException>(() => PepWorkflow.Return(pep, " ", PepRating.Red, null, [], "vso", new DateTime(2026, 11, 23)));
    }

    [Fact]
    public void Return_WithReason_GoesBackToWritersEditable()
    {
        var pep = Ready();
        PepWorkflow.Submit(pep, new DateTime(2026, 11, 20));

        PepWorkflow.Return(pep, "Targets need dates", PepRating.Amber, null, [], "vso", new DateTime(2026, 11, 23));

        Assert.Equal((PepStatus.Returned, true, "Targets need dates"), (pep.Status, pep.IsEditable, pep.ReturnReason));
    }

    [Fact]
    public void NextTerm_CopiesTargetsForward_WithOutcomesNotYetReviewed()
    {
        var previous = Ready();
        previous.Targets[0].Outcome = PepTargetOutcome.Met;

        var next = PepWorkflow.NextTerm(1, 2026, SchoolTerm.Spring, new(2027, 2, 28), previous, new DateTime(2026, 11, 23));

        Assert.Equal(("Read a 100-page book", PepTargetOutcome.NotYetReviewed), (next.Targets.Single().Description, next.Targets.Single().Outcome));
    }

    [Fact]
    public void Snapshot_RoundTripsThroughJson()
    {
        var snapshot = PepSnapshot.Of(Ready());

        var back = PepSnapshot.FromJson(snapshot.ToJson());

        Assert.Equal(("Football and drawing", "Class teacher"), (back!.ChildLikes, back.Targets.Single().WhoWillDoIt));
    }
}
