using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

/// <summary>Social-worker episode rows for the rule tests: an open episode from 1 April 2026 unless changed.</summary>
public static class SocialWorkerRows
{
    public static readonly (ReturnTable, int)[] FirstRow = [(ReturnTable.SWEpisodes, 1)];

    public static SwEpisodeRow Sw(string? start = "01/04/2026", string? end = null, string? id = "SW123", string? reason = "MANAGE", string child = "C1") =>
        new() { Child = child, Dob = "15/06/2012", SwId = id, SwDecom = start, SwDec = end, SwReason = reason };
}
