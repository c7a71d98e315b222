namespace CoParent.Core.Family;

/// <summary>How each choice reads on a page, in the order forms list them.</summary>
public static class FamilyText
{
    public static readonly IReadOnlyList<(FamilyRelationship Value, string Text)> Relationships =
    [
        (FamilyRelationship.Mother, "Mother"), (FamilyRelationship.Father, "Father"), (FamilyRelationship.Brother, "Brother"),
        (FamilyRelationship.Sister, "Sister"), (FamilyRelationship.Grandparent, "Grandparent"),
        (FamilyRelationship.OtherRelative, "Other relative"), (FamilyRelationship.Friend, "Friend"), (FamilyRelationship.Other, "Someone else"),
    ];

    public static readonly IReadOnlyList<(FamilyTimeFrequency Value, string Text)> Frequencies =
    [
        (FamilyTimeFrequency.Weekly, "Weekly"), (FamilyTimeFrequency.Fortnightly, "Fortnightly"), (FamilyTimeFrequency.Monthly, "Monthly"),
        (FamilyTimeFrequency.EveryFewMonths, "Every few months"), (FamilyTimeFrequency.Yearly, "Yearly"),
        (FamilyTimeFrequency.IndirectOnly, "Letterbox or indirect only"), (FamilyTimeFrequency.AsArranged, "As arranged"),
    ];

    public static readonly IReadOnlyList<(FamilyTimeMethod Value, string Text)> Methods =
    [
        (FamilyTimeMethod.InPerson, "In person"), (FamilyTimeMethod.Video, "Video call"), (FamilyTimeMethod.Phone, "Phone"),
        (FamilyTimeMethod.Letters, "Letters"),
    ];

    public static readonly IReadOnlyList<(SiblingRelationship Value, string Text)> SiblingRelationships =
    [
        (SiblingRelationship.Full, "Full brother or sister"), (SiblingRelationship.Half, "Half brother or sister"),
        (SiblingRelationship.Step, "Stepbrother or stepsister"),
    ];

    public static readonly IReadOnlyList<(ApartReason Value, string Text)> ApartReasons =
    [
        (ApartReason.AssessedBetterApart, "Assessed as better placed apart"),
        (ApartReason.NoPlacementTogether, "No placement able to take them together"),
        (ApartReason.OneNotInCare, "One of them is not in care"),
        (ApartReason.Other, "Another reason"),
    ];

    public static readonly IReadOnlyList<(PermanenceGoal Value, string Text)> PermanenceGoals =
    [
        (PermanenceGoal.ReturnToFamily, "Return to family"), (PermanenceGoal.Adoption, "Adoption"),
        (PermanenceGoal.SpecialGuardianship, "Special guardianship"), (PermanenceGoal.ChildArrangementsOrder, "Child arrangements order"),
        (PermanenceGoal.LongTermFostering, "Long-term fostering"), (PermanenceGoal.ResidentialCare, "Residential care"),
        (PermanenceGoal.SupportedIndependence, "Supported independence"),
    ];

    public static string Describe(FamilyRelationship value) => Find(Relationships, value);
    public static string Describe(FamilyTimeFrequency value) => Find(Frequencies, value);
    public static string Describe(FamilyTimeMethod value) => Find(Methods, value);
    public static string Describe(SiblingRelationship value) => Find(SiblingRelationships, value);
    public static string Describe(ApartReason value) => Find(ApartReasons, value);
    public static string Describe(PermanenceGoal value) => Find(PermanenceGoals, value);

    /// <summary>How the child is related to their brother or sister, from the sibling's sex: "a brother", "a half-sister".</summary>
    public static string SiblingNoun(SiblingRelationship relationship, string sex)
    {
        var noun = sex.ToUpperInvariant() switch { "M" => "brother", "F" => "sister", _ => "sibling" };
        return relationship switch
        {
            SiblingRelationship.Half => "half-" + noun,
            SiblingRelationship.Step => "step" + noun,
            _ => noun,
        };
    }

    private static string Find<T>(IReadOnlyList<(T Value, string Text)> list, T value) where T : struct, Enum
    {
        foreach (var (v, text) in list)
        {
            if (EqualityComparer<T>.Default.Equals(v, value)) return text;
        }
        return value.ToString();
    }
}
