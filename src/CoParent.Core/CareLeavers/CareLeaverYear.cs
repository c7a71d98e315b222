using CoParent.Core.Children;

namespace CoParent.Core.CareLeavers;

/// <summary>
/// How a care leaver was doing around a birthday from the 17th to the 21st: in touch, main activity and
/// accommodation (SSDA903 OC3 table), one per collection year.
/// </summary>
public class CareLeaverYear
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>The collection year, named by the year it ends.</summary>
    public int CollectionYear { get; set; }

    /// <summary>IN_TOUCH: YES, NO, DIED, REFU, NREQ or RHOM.</summary>
    public string? InTouch { get; set; }

    /// <summary>ACTIV: main activity.</summary>
    public string? Activity { get; set; }

    /// <summary>ACCOM: accommodation, second character 1 suitable or 2 not.</summary>
    public string? Accommodation { get; set; }
}
