using Microsoft.AspNetCore.Identity;

namespace CoParent.Data.Identity;

public class CoParentUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The team a social worker or team manager belongs to.</summary>
    public int? TeamId { get; set; }

    /// <summary>The school a designated teacher works in: they see that school's children in care, and no others.</summary>
    public int? SchoolId { get; set; }
}
