using CoParent.Core.Education;

namespace CoParent.Core.Tests.Education;

public sealed class PupilPremiumLedgerTests
{
    private static PupilPremiumCommitment Commitment(
        PupilPremiumAllocationKind kind = PupilPremiumAllocationKind.PassedToSchool, decimal? amount = 500m, PepStatus pep = PepStatus.Approved,
        bool withTarget = true, decimal already = 0m, bool byHead = false, bool exception = false, int? schoolId = 7) =>
        new(kind, amount, "Maths tuition", schoolId, withTarget ? new PupilPremiumTargetFacts(1, 1, pep, 500m) : null, 2630m, already, byHead, exception);

    [Fact]
    public void Check_PassedToSchoolForApprovedPepTarget_HasNoErrors() =>
        Assert.Empty(PupilPremiumLedger.Check(Commitment()));

    [Theory]
    [InlineData(PepStatus.Draft)]
    [InlineData(PepStatus.Submitted)]
    [InlineData(PepStatus.Returned)]
    public void Check_PassedToSchoolForPepNotApproved_IsRefused(PepStatus status)
    {
        var errors = PupilPremiumLedger.Check(Commitment(pep: status));

        Assert.Contains(errors, e => e.Field == "PepTargetId" && e.Message.Contains("approved", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PassedToSchoolWithoutTarget_AsksForOne() =>
        Assert.Contains(PupilPremiumLedger.Check(Commitment(withTarget: false)), e => e.Field == "PepTargetId");

    [Fact]
    public void Check_HeldCentrallyWithoutTargetOrSchool_HasNoErrors() =>
        Assert.Empty(PupilPremiumLedger.Check(Commitment(PupilPremiumAllocationKind.HeldCentrally, withTarget: false, schoolId: null)));

    [Fact]
    public void Check_OverTheRateByAnOfficer_IsRefused()
    {
        // £2,200 already + £500 = £2,700, over £2,630.
        var errors = PupilPremiumLedger.Check(Commitment(already: 2200m));

        Assert.Contains(errors, e => e.Field == "ExceptionConfirmed" && e.Message.Contains("£2,700", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_OverTheRateByTheHeadWithoutConfirming_IsRefused() =>
        Assert.Contains(PupilPremiumLedger.Check(Commitment(already: 2200m, byHead: true)), e => e.Field == "ExceptionConfirmed");

    [Fact]
    public void Check_OverTheRateConfirmedByTheHead_HasNoErrors() =>
        Assert.Empty(PupilPremiumLedger.Check(Commitment(already: 2200m, byHead: true, exception: true)));

    [Fact]
    public void Check_ExactlyTheRate_HasNoErrors() =>
        Assert.Empty(PupilPremiumLedger.Check(Commitment(already: 2130m)));

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Check_AmountMissingOrNotPositive_IsRefused(int? amount) =>
        Assert.Contains(PupilPremiumLedger.Check(Commitment(amount: amount)), e => e.Field == "Amount");

    [Fact]
    public void CheckSpending_MoreThanCommitted_IsRefused()
    {
        var errors = PupilPremiumLedger.CheckSpending(500m, new(2026, 5, 1), 600m, new(2026, 6, 1), "Tuition", new(2026, 11, 23));

        Assert.Contains(errors, e => e.Field == "SpentAmount" && e.Message.Contains("£500", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSpending_BeforeCommittedOrInTheFuture_IsRefused()
    {
        Assert.Contains(PupilPremiumLedger.CheckSpending(500m, new(2026, 5, 1), 400m, new(2026, 4, 30), "Tuition", new(2026, 11, 23)), e => e.Field == "SpentOn");
        Assert.Contains(PupilPremiumLedger.CheckSpending(500m, new(2026, 5, 1), 400m, new(2026, 11, 24), "Tuition", new(2026, 11, 23)), e => e.Field == "SpentOn");
    }

    [Theory]
    [InlineData("2008-09-01", true)] // 15 on 31 August 2024
    [InlineData("2008-08-31", false)] // 16 then
    [InlineData("2020-08-31", true)] // 4 then
    [InlineData("2020-09-01", false)] // 3 then
    public void Grant_Counts4To15On31AugustInTheReturnYear(string born, bool counted) =>
        Assert.Equal(counted, PupilPremiumGrant.IsEligible(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), [(new DateOnly(2024, 6, 1), null)], 2025));

    [Fact]
    public void Grant_CountsOneDayInCareInTheReturnYear()
    {
        var born = new DateOnly(2014, 1, 1);

        Assert.True(PupilPremiumGrant.IsEligible(born, [(new DateOnly(2020, 1, 1), new DateOnly(2024, 4, 1))], 2025));
        Assert.False(PupilPremiumGrant.IsEligible(born, [(new DateOnly(2020, 1, 1), new DateOnly(2024, 3, 31))], 2025));
    }

    [Fact]
    public void FinancialYear_RunsAprilToMarch()
    {
        Assert.Equal(2025, FinancialYear.Containing(new DateOnly(2026, 3, 31)));
        Assert.Equal(2026, FinancialYear.Containing(new DateOnly(2026, 4, 1)));
        Assert.Equal("2026-27", FinancialYear.Label(2026));
    }
}
