using CoParent.Core.Children;

namespace CoParent.Core.Education;

/// <summary>Special educational needs provision, as the school census records it: none, SEN support, or an EHC plan.</summary>
public enum SenProvision
{
    None = 0,
    SenSupport = 1,
    EducationHealthAndCarePlan = 2,
}

/// <summary>
/// A child on a school's roll from one date to another: the Virtual School's roll is built from these. SEN provision
/// is kept with the enrolment because schools record it per pupil in the census.
/// </summary>
public class SchoolEnrolment
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }

    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>The year group the school teaches the child in, when it is not the one for their age (see <see cref="SchoolYear"/>).</summary>
    public int? YearGroupOverride { get; set; }

    public SenProvision Sen { get; set; }

    public bool IsCurrentOn(DateOnly date) => From <= date && (To is null || To >= date);
}
