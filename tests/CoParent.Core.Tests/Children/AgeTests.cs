using CoParent.Core.Children;

namespace CoParent.Core.Tests.Children;

public class AgeTests
{
    [Theory]
    [InlineData("2010-06-15", "2026-06-14", 15)]
    [InlineData("2010-06-15", "2026-06-15", 16)]
    [InlineData("2008-02-29", "2026-02-28", 17)] // no 29 February in 2026: the birthday is 1 March
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2008-02-29", "2028-02-29", 20)]
    public void On_CountsWholeYears(string born, string on, int expected) =>
        Assert.Equal(expected, Age.On(DateOnly.Parse(born), DateOnly.Parse(on)));

    [Theory]
    [InlineData(0, "Under 1")]
    [InlineData(4, "1 to 4")]
    [InlineData(9, "5 to 9")]
    [InlineData(15, "10 to 15")]
    [InlineData(17, "16 and over")]
    public void Band_UsesDfeBands(int age, string expected) => Assert.Equal(expected, Age.Band(age));
}
