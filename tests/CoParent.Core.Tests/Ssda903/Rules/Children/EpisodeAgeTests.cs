using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Children;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Children;

/// <summary>Rules 302, 352 and EPI: the child's episodes against the header.</summary>
public class EpisodeAgeTests
{
    [Fact]
    public void FirstEpisodeBeforeBirth_FlagsItAndTheHeader302() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.Episodes, 2)],
            Flagged(new Rule302(), Return(2027, Header("C1", "01/06/2026"),
                Episode("C1", "01/07/2026"), Episode("C1", "31/05/2026") with { Rne = "P" })));

    [Fact]
    public void FirstEpisodeOnTheDayOfBirth_Passes302() =>
        Assert.Empty(Flagged(new Rule302(), Return(2027, Header("C1", "01/06/2026"), Episode("C1", "01/06/2026"))));

    [Fact]
    public void StartingCareOnOrAfterThe18thBirthday_IsFlagged352() =>
        Assert.Equal([(ReturnTable.Episodes, 3)],
            Flagged(new Rule352(), Return(2027, Header("C1", "15/06/2008"), Header("C2", "15/06/2008"),
                Episode("C1", "14/06/2026"), Episode("C1", "15/06/2026", rne: "P"), Episode("C2", "15/06/2026"))));

    [Fact]
    public void HeaderChildWithNeitherEpisodesNorOc3_IsWarnedEPI() =>
        Assert.Equal([(ReturnTable.Header, 3)],
            Flagged(new RuleEPI(), Return(2027, Header("C1"), Header("C2"), Header("C3"),
                Episode("C1"), new Oc3Row { Child = "C2", Dob = "15/06/2012" })));
}
