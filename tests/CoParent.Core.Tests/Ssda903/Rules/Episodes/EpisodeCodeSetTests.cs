using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Core.Ssda903.Validation.Rules.Episodes;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Episodes;

/// <summary>Rules 141, 143 to 147, 149 and 1009: episode codes come from the DfE's sets and dates are real dates.</summary>
public class EpisodeCodeSetTests
{
    private static IReadOnlyList<(ReturnTable, int)> Flags(Rule rule, EpisodeRow episode) =>
        Flagged(rule, Return(2027, Header(), episode));

    private static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    [Theory]
    [InlineData("01/05/2026", false)]
    [InlineData(null, false)]
    [InlineData("31/04/2026", true)]
    [InlineData("01/05/26", true)]
    public void StartDateThatIsNotARealDate_IsFlaggedBy141(string? decom, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flags(new Rule141(), Episode() with { Decom = decom }));

    [Theory]
    [InlineData("01/06/2026", false)]
    [InlineData(null, false)]
    [InlineData("2026-06-01", true)]
    public void EndDateThatIsNotARealDate_IsFlaggedBy147(string? dec, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flags(new Rule147(), Episode() with { Dec = dec }));

    [Theory]
    [InlineData("S", false)]
    [InlineData("B", false)]
    [InlineData(null, false)]
    [InlineData("X", true)]
    [InlineData("SP", true)]
    public void ReasonForNewEpisodeOutsideTheSet_IsFlaggedBy143(string? rne, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flags(new Rule143(), Episode() with { Rne = rne }));

    [Theory]
    [InlineData("C1", false)]
    [InlineData("L3", false)]
    [InlineData(null, false)]
    [InlineData("V1", true)]
    [InlineData("SECTION 20", true)]
    public void LegalStatusOutsideTheSet_IsFlaggedBy144(string? ls, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flags(new Rule144(), Episode() with { Ls = ls }));

    [Theory]
    [InlineData("N8", false)]
    [InlineData(null, false)]
    [InlineData("N0", true)]
    [InlineData("N9", true)]
    public void CategoryOfNeedOutsideTheSet_IsFlaggedBy145(string? cin, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flags(new Rule145(), Episode() with { Cin = cin }));

    [Theory]
    [InlineData("K3", false)]
    [InlineData("Z14", false)]
    [InlineData("T0", false)]
    [InlineData(null, false)]
    [InlineData("H5", true)]
    [InlineData("P2", true)]
    [InlineData("Z1", true)]
    [InlineData("R4", true)]
    public void PlacementTypeOutsideThe2025SetOnwards_IsFlaggedBy146(string? place, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flags(new Rule146(), Episode() with { Place = place }));

    [Theory]
    [InlineData("E4A", false)]
    [InlineData("X1", false)]
    [InlineData(null, false)]
    [InlineData("E4", true)]
    [InlineData("E10", true)]
    public void ReasonEpisodeCeasedOutsideTheSet_IsFlaggedBy149(string? rec, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flags(new Rule149(), Episode(dec: "01/06/2026") with { Rec = rec }));

    [Theory]
    [InlineData("CARPL", false)]
    [InlineData("CUSTOD", false)]
    [InlineData(null, false)]
    [InlineData("NA", true)]
    [InlineData("CUSTODY", true)]
    public void ReasonForPlacementChangeOutsideTheSet_IsFlaggedBy1009(string? reason, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flags(new Rule1009(), Episode(dec: "01/06/2026") with { ReasonPlaceChange = reason }));
}
