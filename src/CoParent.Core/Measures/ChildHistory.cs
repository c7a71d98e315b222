namespace CoParent.Core.Measures;

/// <summary>What the measures need to know about one child: a few header fields and their episodes.</summary>
public sealed record ChildHistory(
    int ChildId,
    DateOnly DateOfBirth,
    string Sex,
    string Ethnicity,
    bool IsUasc,
    DateOnly? UascCeased,
    IReadOnlyList<EpisodeFacts> Episodes);

/// <summary>The SSDA903 episode fields the measures read (ssda903.md §2 and the derived fields of §4).</summary>
public sealed record EpisodeFacts(
    DateOnly Decom,
    string Rne,
    string Ls,
    string Place,
    string? PlaceProvider,
    DateOnly? Dec,
    string? Rec,
    string? PlLocation,
    double? PlDistance)
{
    public bool IsOpenOn(DateOnly date) => Decom <= date && (Dec is null || Dec > date);
}
