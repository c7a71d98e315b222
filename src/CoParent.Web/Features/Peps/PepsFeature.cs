using CoParent.Core.Education;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Peps;

/// <summary>The PEP feature's services and JSON routes.</summary>
public static class PepsFeature
{
    public static IServiceCollection AddPepsFeature(this IServiceCollection services) =>
        services.AddScoped<IOutcomeMeasures, PepOutcomeMeasures>();

    /// <summary>
    /// <list type="table">
    /// <item>GET /api/children/{childId}/education/peps : the child's PEPs, newest first, with status and rating.</item>
    /// </list>
    /// </summary>
    public static IEndpointRouteBuilder MapPepsApi(this IEndpointRouteBuilder app)
    {
        var peps = app.MapGroup("/api/children/{childId:int}/education/peps").RequireAuthorization(Policies.EducationRecords).WithTags("PEPs")
            .WithMetadata(new EducationRecordAttribute()).AddEndpointFilter<ChildRecordEndpointFilter>();
        peps.MapGet("", ListAsync);
        return app;
    }

    private static async Task<Results<Ok<List<PepData.Summary>>, NotFound>> ListAsync(int childId, CoParentDbContext db, CancellationToken ct) =>
        await db.Children.AnyAsync(c => c.Id == childId, ct) ? TypedResults.Ok(await PepData.ListAsync(db, childId, ct)) : TypedResults.NotFound();
}

/// <summary>PEP timeliness and quality for the Outcomes page and the Virtual School Head's page.</summary>
public sealed class PepOutcomeMeasures(CareHistories care) : IOutcomeMeasures
{
    public string Section => "Virtual School: PEPs";

    public IReadOnlyList<int> Outcomes { get; } = [6];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        // Children in care at some point in the period and of PEP age at its end (3 to 19 covers Nursery to Year 13).
        var oldest = period.To.AddYears(-20);
        var youngest = period.To.AddYears(-2);
        var ids = db.Children.Where(c => c.DateOfBirth > oldest && c.DateOfBirth <= youngest
            && c.Episodes.Any(e => e.Decom <= period.To && (e.Dec == null || e.Dec >= period.From))).Select(c => c.Id);
        var histories = (await care.AllAsync(ct)).Where(c => c.DateOfBirth > oldest && c.DateOfBirth <= youngest
            && ChildHistories.WasInCareBetween(c, period.From, period.To));
        var children = await PepData.TimelinessAsync(db, histories, ids, ct);
        return PepMeasures.Calculate(children, period, await PepData.DeadlinesAsync(db, ct));
    }
}
