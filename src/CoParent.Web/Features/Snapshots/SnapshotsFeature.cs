namespace CoParent.Web.Features.Snapshots;

/// <summary>Frozen scorecards: the end-of-period freeze and its options. The pages need nothing registered.</summary>
public static class SnapshotsFeature
{
    public static IServiceCollection AddSnapshotsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SnapshotOptions>(configuration.GetSection(SnapshotOptions.Section));
        services.AddSingleton<AutoFreezeService>();
        services.AddHostedService(sp => sp.GetRequiredService<AutoFreezeService>());
        return services;
    }
}
