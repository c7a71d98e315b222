using CoParent.Core.Voice;

namespace CoParent.Core.Tests.Voice;

public class SurveyAgeBandsTests
{
    private static readonly DateOnly On = new(2026, 11, 23);

    [Theory]
    [InlineData("2018-11-24", true, false, null)]      // 7, the day before turning 8
    [InlineData("2018-11-23", true, false, "8 to 10")] // 8 today
    [InlineData("2013-01-01", true, false, "11 to 13")]
    [InlineData("2011-06-01", true, false, "14 to 15")]
    [InlineData("2009-06-01", true, false, "16 to 17")]
    [InlineData("2009-06-01", false, true, null)]      // 17 and out of care: not yet a care leaver we ask
    [InlineData("2005-06-01", false, true, "18 to 25")]
    [InlineData("2005-06-01", false, false, null)]     // 21, left care before 16
    [InlineData("2000-11-24", false, true, "18 to 25")] // 25
    [InlineData("2000-11-23", false, true, null)]      // 26 today
    public void Eligible_ChildrenInCare8To17_AndCareLeavers18To25(string dateOfBirth, bool inCare, bool inCareFrom16, string? band)
    {
        Assert.Equal(band, SurveyAgeBands.Eligible(DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture), On, inCare, inCareFrom16));
    }
}
