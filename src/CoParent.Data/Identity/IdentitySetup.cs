using Microsoft.AspNetCore.Identity;

namespace CoParent.Data.Identity;

public static class IdentitySetup
{
    /// <summary>Password and lockout rules shared by the web app and <c>coparent users add</c>.</summary>
    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireDigit = false;
        // Five wrong passwords lock the account (issue 3, security baseline e).
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
    }

    public const string TeamClaim = "coparent:team";
    public const string SchoolClaim = "coparent:school";
    public const string DisplayNameClaim = "coparent:name";
}
