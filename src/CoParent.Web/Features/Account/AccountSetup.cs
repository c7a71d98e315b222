using System.Security.Claims;
using CoParent.Data.Identity;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Features.Account;

/// <summary>Adds the team, a designated teacher's school and the display name to the signed-in user's claims.</summary>
public sealed class CoParentClaimsFactory(
    UserManager<CoParentUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CoParentUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CoParentUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(IdentitySetup.DisplayNameClaim, user.DisplayName));
        if (user.TeamId is { } team) identity.AddClaim(new Claim(IdentitySetup.TeamClaim, team.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.SchoolId is { } school) identity.AddClaim(new Claim(IdentitySetup.SchoolClaim, school.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return identity;
    }
}

public static class AccountSetup
{
    public const string OpenIdConnectScheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>
    /// The session cookie (issue 3, baseline d): HttpOnly, Secure, SameSite, 30 idle minutes. The security
    /// stamp is checked on every request and changed at sign-out, so a copied cookie dies with the session.
    /// </summary>
    public static IServiceCollection AddAccountCookie(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "coparent";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/error/403";
            o.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
            // A refusal is a 403 on the address asked for (the error page is re-executed), not a redirect to a 200 page.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        // A council's own identity provider (Entra ID, Okta, ...): people sign in there and are matched
        // to their CoParent user by user name, so roles and allocations still come from CoParent.
        var oidc = configuration.GetSection("Authentication:OpenIdConnect");
        if (oidc.GetValue<bool>("Enabled"))
        {
            services.AddAuthentication().AddOpenIdConnect(OpenIdConnectScheme, "Council sign-in", o =>
            {
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Authority = oidc["Authority"];
                o.ClientId = oidc["ClientId"];
                o.ClientSecret = oidc["ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.CallbackPath = "/sign-in/oidc";
                o.Scope.Add("email");
                o.Scope.Add("profile");
            });
        }
        return services;
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
