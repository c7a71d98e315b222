using CoParent.Core.Children;

namespace CoParent.Core.Adoption;

/// <summary>
/// How a child's adoption came about (SSDA903 AD1 table). A child is adopted once, so there is one per child;
/// the adoption itself is the episode ending with REC E11 or E12.
/// </summary>
public class AdoptionRecord
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>DATE_INT: the date of the decision that the child should be placed for adoption.</summary>
    public DateOnly? DecidedShouldBePlaced { get; set; }

    /// <summary>DATE_MATCH: the date the child was matched with the adopters.</summary>
    public DateOnly? MatchedOn { get; set; }

    /// <summary>FOSTER_CARE: 1 when adopted by former foster carers, 0 when not.</summary>
    public string? ByFormerFosterCarers { get; set; }

    /// <summary>NB_ADOPTR: one or two adopters.</summary>
    public string? NumberOfAdopters { get; set; }

    /// <summary>SEX_ADOPTR: M1, F1, MM, FF or MF.</summary>
    public string? AdoptersSex { get; set; }

    /// <summary>LS_ADOPTR: the adopters' legal status (L0 to L4).</summary>
    public string? AdoptersLegalStatus { get; set; }
}
