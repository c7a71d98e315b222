using CoParent.Core.Access;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.Identity;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Account;
using CoParent.Web.Features.Children;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Features.DeliveryPlans;
using CoParent.Web.Features.Exclusions;
using CoParent.Web.Features.Notifications;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Pledge;
using CoParent.Web.Features.Scorecard;
using CoParent.Web.Features.Family;
using CoParent.Web.Features.Identity;
using CoParent.Web.Features.Health;
using CoParent.Web.Features.VirtualSchool;
using CoParent.Web.Features.LeavingCare;
using CoParent.Web.Features.Returns;
using CoParent.Web.Features.Safety;
using CoParent.Web.Features.Voice;
using CoParent.Web.Features.Reviews;
using CoParent.Web.Features.PupilPremium;
using CoParent.Web.Features.Attainment;
using CoParent.Web.Features.Peps;
using CoParent.Web.Features.Attendance;
using CoParent.Web.Features.Strategy;
using CoParent.Web.Features.Snapshots;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

var builder = WebApplication.CreateBuilder(args);
var connectionString = DatabaseSetup.ConnectionString(builder.Configuration);

builder.Logging.KeepUrlsOutOfLogs();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.Configure<CouncilOptions>(builder.Configuration.GetSection(CouncilOptions.Section));
builder.Services.AddCoParentDatabase(connectionString);
builder.Services.AddScoped<AuditLog>();
builder.Services.AddScoped<ChildAccessPolicy>();
builder.Services.AddScoped<ChildRecordGate>();

// Stateless web tier: keys live in the database, so any instance can read another's cookies.
builder.Services.AddDataProtection().SetApplicationName("CoParent").PersistKeysToDbContext<CoParentDbContext>();

builder.Services.AddIdentity<CoParentUser, IdentityRole>(IdentitySetup.Configure)
    .AddEntityFrameworkStores<CoParentDbContext>()
    .AddClaimsPrincipalFactory<CoParentClaimsFactory>()
    .AddDefaultTokenProviders();
builder.Services.AddAccountCookie(builder.Configuration);

builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
    .AddPolicy(Policies.ChildRecords, p => p.RequireRole(ChildAccessPolicy.RecordRoles))
    .AddPolicy(Policies.EducationRecords, p => p.RequireRole(ChildAccessPolicy.EducationRoles))
    .AddPolicy(Policies.Audit, p => p.RequireRole(Roles.Manager, Roles.TeamManager))
    .AddPolicy(Policies.Administration, p => p.RequireRole(Roles.Administrator))
    .AddPolicy(Policies.Allocate, p => p.RequireRole(Roles.TeamManager, Roles.Manager))
    .AddPolicy(Policies.Returns, p => p.RequireRole(Roles.Manager));

builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();

builder.Services.AddRazorPages(options =>
{
    options.RootDirectory = "/Features";
    options.Conventions.AuthorizeFolder("/Children", Policies.ChildRecords);
    options.Conventions.AuthorizeFolder("/Placements", Policies.ChildRecords);
    options.Conventions.AuthorizeFolder("/Identity", Policies.ChildRecords);
    options.Conventions.AuthorizeFolder("/Health", Policies.ChildRecords);
    options.Conventions.AuthorizeFolder("/Returns", Policies.Returns);
    options.Conventions.AuthorizeFolder("/Family", Policies.ChildRecords);
    options.Conventions.AuthorizeFolder("/Safety", Policies.ChildRecords);
    options.Conventions.AuthorizeFolder("/LeavingCare", Policies.ChildRecords);
    options.Conventions.AuthorizeFolder("/Reviews", Policies.ChildRecords);
    // Issue 5: the Virtual School's features, open to designated teachers as well (their own pupils only).
    options.Conventions.AuthorizeFolder("/VirtualSchool", Policies.EducationRecords);
    options.Conventions.AuthorizeFolder("/Attendance", Policies.EducationRecords);
    options.Conventions.AuthorizeFolder("/Exclusions", Policies.EducationRecords);
    options.Conventions.AuthorizeFolder("/Peps", Policies.EducationRecords);
    options.Conventions.AuthorizeFolder("/PupilPremium", Policies.EducationRecords);
    options.Conventions.AuthorizeFolder("/Attainment", Policies.EducationRecords);
})
.AddMvcOptions(options => options.Filters.Add<ChildRecordAccessFilter>());

builder.Services.AddAntiforgery(options =>
{
    options.Cookie.Name = "coparent-af";
    // The antiforgery cookie is a CSRF token, not a credential: Secure whenever the request is HTTPS (as it
    // is in production, behind TLS), so that the demo also runs on http://localhost.
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    options.Cookie.SameSite = SameSiteMode.Strict;
});
builder.Services.AddProblemDetails();
// ASP.NET Core's JSON default leaves "<" and ">" unescaped; escape them so a name holding markup can never
// become markup, even if a client mislabels the response.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default);
builder.Services.AddOpenApi();
builder.Services.AddChildrenFeature();
builder.Services.AddDashboardFeature(builder.Configuration);
builder.Services.AddOutcomesFeature();
builder.Services.AddPledgeFeature();
builder.Services.AddScorecardFeature();
builder.Services.AddReturnsFeature(builder.Configuration);
builder.Services.AddFamilyFeature();
builder.Services.AddSafetyFeature();
builder.Services.AddIdentityFeature();
builder.Services.AddVoiceFeature(builder.Configuration);
builder.Services.AddHealthFeature();
builder.Services.AddRollFeature(builder.Configuration);
builder.Services.AddLeavingCareFeature();
builder.Services.AddReviewsFeature();
builder.Services.AddExclusionsFeature();
builder.Services.AddPupilPremiumFeature();
builder.Services.AddAttainmentFeature();
builder.Services.AddVirtualSchoolHeadFeature();
builder.Services.AddPepsFeature();
builder.Services.AddAttendanceFeature();
builder.Services.AddStrategyFeature();
builder.Services.AddDeliveryPlansFeature();
builder.Services.AddSnapshotsFeature(builder.Configuration);
builder.Services.Configure<ForwardedHeadersOptions>(o =>
    o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

var app = builder.Build();

app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api =>
{
    api.UseExceptionHandler();
    api.UseStatusCodePages();
});
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages =>
{
    pages.UseExceptionHandler("/error/500");
    pages.UseStatusCodePagesWithReExecute("/error/{0}");
});
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapRazorPages();
app.MapChildrenApi();
app.MapDashboardApi();
app.MapOutcomesApi();
app.MapScorecardApi();
app.MapFamilyApi();
app.MapAttendanceApi();
app.MapSafetyApi();
app.MapIdentityApi();
app.MapVoiceApi();
app.MapHealthApi();
app.MapRollApi();
app.MapLeavingCareApi();
app.MapReviewsApi();
app.MapExclusionsApi();
app.MapNotificationsApi();
app.MapPupilPremiumApi();
app.MapAttainmentApi();
app.MapVirtualSchoolHeadApi();
app.MapPepsApi();
app.MapStrategyApi();
app.MapDeliveryPlansApi();

await app.InitialiseDatabaseAsync();
await app.RunAsync();

public partial class Program;
