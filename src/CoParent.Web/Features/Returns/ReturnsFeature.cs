namespace CoParent.Web.Features.Returns;

/// <summary>The SSDA903 return pages' services: the shared validation check and the import queue.</summary>
public static class ReturnsFeature
{
    public static IServiceCollection AddReturnsFeature(this IServiceCollection services, IConfiguration configuration) =>
        services
            .Configure<ReturnsOptions>(configuration.GetSection("Returns"))
            .AddSingleton<ReturnChecks>()
            .AddSingleton<ImportJobs>()
            .AddHostedService<ImportJobRunner>();
}
