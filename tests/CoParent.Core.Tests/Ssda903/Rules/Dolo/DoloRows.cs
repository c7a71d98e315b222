using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

/// <summary>DoLO rows for the rule tests: an order open from 1 June 2026 unless changed.</summary>
public static class DoloRows
{
    public static readonly (ReturnTable, int)[] FirstOrder = [(ReturnTable.DoLo, 1)];

    public static DoloRow Order(string? start = "01/06/2026", string? end = null, string child = "C1", string dob = "15/06/2012") =>
        new() { Child = child, Dob = dob, DoloStart = start, DoloEnd = end };
}
