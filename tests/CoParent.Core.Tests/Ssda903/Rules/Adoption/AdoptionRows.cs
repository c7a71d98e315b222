using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

/// <summary>AD1 and PlacedAdoption rows that pass most adoption rules, for tests to change with <c>with { … }</c>.</summary>
public static class AdoptionRows
{
    public static Ad1Row Adopted(string child = "C1", string? dateInt = "01/06/2026", string? dateMatch = "01/08/2026") =>
        new()
        {
            Child = child, Dob = "15/06/2020", DateInt = dateInt, DateMatch = dateMatch, FosterCare = "0", NbAdoptr = "2",
            SexAdoptr = "MF", LsAdoptr = "L11",
        };

    public static PlacedAdoptionRow Decision(string child = "C1", string? placed = "01/06/2026", string? ceased = null, string? reason = null) =>
        new() { Child = child, Dob = "15/06/2020", DatePlaced = placed, DatePlacedCeased = ceased, ReasonPlacedCeased = reason };
}
