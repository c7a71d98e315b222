using CoParent.Core.Ssda903.Returns;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

/// <summary>Rows for the missing-period rule tests: a short, ended "missing" period in June 2026 unless changed.</summary>
public static class MissingRows
{
    public static readonly (ReturnTable, int)[] FirstRow = [(ReturnTable.Missing, 1)];

    public static MissingRow Period(string? start = "01/06/2026", string? end = "03/06/2026", string? type = "M", string child = "C1", string dob = "15/06/2012") =>
        new() { Child = child, Dob = dob, Missing = type, MisStart = start, MisEnd = end };

    /// <summary>An episode that has ceased (REC E8 unless given).</summary>
    public static EpisodeRow Ended(string decom, string dec, string rec = "E8") => Episode(decom: decom, dec: dec) with { Rec = rec };
}
