namespace CoParent.Web.Features.Pledge;

/// <summary>The children's view of the Pledge (<c>/our-pledge</c>): open to anyone, so its figures are shared and cached.</summary>
public static class PledgeFeature
{
    public static IServiceCollection AddPledgeFeature(this IServiceCollection services) =>
        services.AddSingleton<PledgeFigures>();
}
