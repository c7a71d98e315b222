using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule576Tests
{
    [Fact]
    public void PeriodOpenLastYearCarriedOn_Passes()
    {
        var lastYear = Return(2026, Period("01/03/2026", null));
        Assert.Empty(Flagged(new Rule576(), Return(2027, Period("01/03/2026", "05/04/2026"), Period("01/06/2026", null)), lastYear));
    }

    [Fact]
    public void PeriodOpenLastYearWithADifferentStartThisYear_FlagsTheEarliestPeriod()
    {
        var lastYear = Return(2026, Period("01/03/2026", null));
        Assert.Equal([(ReturnTable.Missing, 2)], Flagged(new Rule576(), Return(2027, Period("01/06/2026", null), Period("02/04/2026", "03/04/2026")), lastYear));
    }

    [Fact]
    public void NoOpenPeriodLastYear_Passes()
    {
        var lastYear = Return(2026, Period("01/03/2026", "02/03/2026"));
        Assert.Empty(Flagged(new Rule576(), Return(2027, Period("02/04/2026", null)), lastYear));
    }
}
