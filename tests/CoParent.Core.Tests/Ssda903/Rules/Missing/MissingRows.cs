using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

/// <summary>Missing-period rows for the rule tests: a short, ended "missing" period in June 2026 unless changed.</summary>
public static class MissingRows
{
    public static MissingRow Period(string? start = "01/06/2026", string? end = "03/06/2026", string? type = "M", string child = "C1", string dob = "15/06/2012") =>
        new() { Child = child, Dob = dob, Missing = type, MisStart = start, MisEnd = end };
}
