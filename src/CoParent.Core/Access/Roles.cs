namespace CoParent.Core.Access;

/// <summary>
/// The roles CoParent knows. What each may see of a child's record is decided in one place,
/// <c>ChildAccessPolicy</c> in the web app; adding a role means adding it here and there.
/// </summary>
public static class Roles
{
    public const string SocialWorker = "SocialWorker";
    public const string TeamManager = "TeamManager";
    public const string Iro = "IRO";
    public const string Manager = "Manager";
    public const string Councillor = "Councillor";
    public const string Administrator = "Administrator";
    public const string PersonalAdviser = "PersonalAdviser";
    public const string VirtualSchoolOfficer = "VirtualSchoolOfficer";
    public const string VirtualSchoolHead = "VirtualSchoolHead";
    public const string DesignatedTeacher = "DesignatedTeacher";

    public static readonly IReadOnlyList<string> All = [SocialWorker, TeamManager, Iro, Manager, Councillor, Administrator, PersonalAdviser, VirtualSchoolOfficer, VirtualSchoolHead, DesignatedTeacher];

    public static string Describe(string role) => role switch
    {
        SocialWorker => "Social worker",
        TeamManager => "Team manager",
        Iro => "Independent reviewing officer",
        Manager => "Manager or analyst",
        Councillor => "Councillor (Corporate Parenting Panel)",
        Administrator => "Administrator",
        PersonalAdviser => "Personal adviser",
        VirtualSchoolOfficer => "Virtual School officer",
        VirtualSchoolHead => "Virtual School Head",
        DesignatedTeacher => "Designated teacher (a school's own pupils in care)",
        _ => role,
    };
}
