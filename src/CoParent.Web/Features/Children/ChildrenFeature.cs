namespace CoParent.Web.Features.Children;

/// <summary>The children feature's services and JSON routes, in one place.</summary>
public static class ChildrenFeature
{
    public static IServiceCollection AddChildrenFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapChildrenApi(this IEndpointRouteBuilder app) => app;
}
