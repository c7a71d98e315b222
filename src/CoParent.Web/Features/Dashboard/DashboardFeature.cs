namespace CoParent.Web.Features.Dashboard;

/// <summary>The dashboard feature's services and JSON routes, in one place.</summary>
public static class DashboardFeature
{
    public static IServiceCollection AddDashboardFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app) => app;
}
