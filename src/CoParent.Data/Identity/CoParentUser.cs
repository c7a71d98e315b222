using Microsoft.AspNetCore.Identity;

namespace CoParent.Data.Identity;

public class CoParentUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The team a social worker or team manager belongs to.</summary>
    public int? TeamId { get; set; }
}
