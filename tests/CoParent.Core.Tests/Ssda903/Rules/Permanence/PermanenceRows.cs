using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Tests.Ssda903.Rules.Permanence;

/// <summary>Previous-permanence rows for the rule tests: an adoption order arranged by LA 352 in 2020 unless changed.</summary>
public static class PermanenceRows
{
    public static readonly (ReturnTable, int)[] FirstPerm = [(ReturnTable.PrevPerm, 1)];
    public static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    public static PrevPermRow Perm(string? prevPerm = "P1", string? laPerm = "352", string? datePerm = "05/05/2020", string child = "C1") =>
        new() { Child = child, Dob = "15/06/2012", PrevPerm = prevPerm, LaPerm = laPerm, DatePerm = datePerm };
}
