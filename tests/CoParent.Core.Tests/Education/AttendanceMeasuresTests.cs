using CoParent.Core.Education;
using CoParent.Core.Measures;

namespace CoParent.Core.Tests.Education;

public sealed class AttendanceMeasuresTests
{
    private static readonly MeasurePeriod Autumn = new(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31));

    // Ages are taken on 31 August 2026, before the academic year the period starts in.
    private static readonly PupilAttendance[] Pupils =
    [
        new(1, new DateOnly(2015, 5, 1), new AttendanceSummary(20, 19, 1, 0)),  // 11: missed 1 of 20 = 5%
        new(2, new DateOnly(2012, 1, 1), new AttendanceSummary(20, 16, 2, 2)),  // 14: missed 4 of 20 = 20%, persistent
        new(3, new DateOnly(2010, 3, 1), new AttendanceSummary(10, 0, 0, 10)),  // 16: past compulsory school age, left out
        new(4, new DateOnly(2014, 1, 1), new AttendanceSummary(10, 5, 0, 5)),   // 12: missed 5 of 10 = 50%, persistent and severe
        new(5, new DateOnly(2015, 1, 1), new AttendanceSummary(0, 0, 0, 0)),    // 11: no possible sessions, left out
    ];

    [Fact]
    public void Calculate_CompulsorySchoolAgePupils_AttendanceIsSessionsAttendedOverPossible()
    {
        // Arrange: pupils 1, 2 and 4 count: 19 + 16 + 5 = 40 attended of 20 + 20 + 10 = 50 possible = 80.0%.
        // Act
        var attendance = AttendanceMeasures.Calculate(Pupils, Autumn).Single(m => m.Id == "education.attendance");

        // Assert
        Assert.Equal(80.0m, attendance.Value);
        Assert.Equal(40, attendance.Numerator);
        Assert.Equal(50, attendance.Denominator);
        Assert.Equal([1, 2, 4], attendance.ChildIds);
    }

    [Fact]
    public void Calculate_TenPercentOrMoreMissed_CountsAsPersistentlyAbsent()
    {
        // Arrange: pupils 2 (20%) and 4 (50%) of the 3 counted = 66.7%.
        // Act
        var persistent = AttendanceMeasures.Calculate(Pupils, Autumn).Single(m => m.Id == "education.attendance.persistent");

        // Assert
        Assert.Equal(66.7m, persistent.Value);
        Assert.Equal((2, 3), (persistent.Numerator, persistent.Denominator));
        Assert.Equal([2, 4], persistent.ChildIds);
    }

    [Fact]
    public void Calculate_HalfOrMoreMissed_CountsAsSeverelyAbsent()
    {
        // Arrange: pupil 4 only (5 of 10 missed) of the 3 counted = 33.3%.
        // Act
        var severe = AttendanceMeasures.Calculate(Pupils, Autumn).Single(m => m.Id == "education.attendance.severe");

        // Assert
        Assert.Equal(33.3m, severe.Value);
        Assert.Equal([4], severe.ChildIds);
    }

    [Fact]
    public void Calculate_NoPupils_GivesNoValues()
    {
        // Act
        var measures = AttendanceMeasures.Calculate([], Autumn);

        // Assert
        Assert.All(measures, m => Assert.Null(m.Value));
    }
}
