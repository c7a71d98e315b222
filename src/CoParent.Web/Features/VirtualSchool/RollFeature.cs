using System.Globalization;
using System.Security.Claims;
using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.VirtualSchool;

/// <summary>The council's DfE LA number for the roll's in or out of area (configuration <c>Council:LaNumber</c>; Essex 881).</summary>
public sealed record RollSettings(string LaNumber);

/// <summary>The Virtual School roll's services and JSON routes.</summary>
public static class RollFeature
{
    public static IServiceCollection AddRollFeature(this IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<IOutcomeMeasures, RollOutcomeMeasures>()
            .AddSingleton(new RollSettings(configuration["Council:LaNumber"] ?? RollQuery.DefaultLaNumber));

    /// <summary>
    /// <list type="table">
    /// <item>GET /api/children/{childId}/education : current school, year group, SEN, officer, schools and moves.</item>
    /// <item>POST /api/children/{childId}/education/school : record a change of school.</item>
    /// </list>
    /// </summary>
    public static IEndpointRouteBuilder MapRollApi(this IEndpointRouteBuilder app)
    {
        var education = app.MapGroup("/api/children/{childId:int}/education").RequireAuthorization(Policies.EducationRecords).WithTags("Education")
            .WithMetadata(new EducationRecordAttribute())
            .AddEndpointFilter<ChildRecordEndpointFilter>();
        education.MapGet("", GetAsync);
        education.MapPost("/school", PostSchoolAsync);
        return app;
    }

    /// <summary>A change of school. Dates as YYYY-MM-DD; sen None, SenSupport or EducationHealthAndCarePlan; yearGroup -2 to 13.</summary>
    public sealed record SchoolChangeRequest(string? SchoolUrn, string? StartedOn, string? LeftOn = null, string? Sen = null, int? YearGroup = null, bool? CausedByPlacementMove = null);

    private static async Task<Results<Ok<EducationSection.View>, NotFound>> GetAsync(int childId, CoParentDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var view = await EducationSection.LoadAsync(db, childId, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    private static async Task<Results<Created<EducationSection.View>, ValidationProblem, NotFound>> PostSchoolAsync(
        int childId, ClaimsPrincipal user, HttpContext http, CoParentDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var request = await JsonBody.ReadAsync<SchoolChangeRequest>(http.Request, ct);
        if (request is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["Send the change of school as a JSON object"] });
        }
        if (!await db.Children.AnyAsync(c => c.Id == childId, ct)) return TypedResults.NotFound();

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = new Dictionary<string, string>();
        var startedOn = ParseDate(request.StartedOn, "startedOn", "startedOn must be a real date written as YYYY-MM-DD, like 2026-11-23", errors);
        if (string.IsNullOrWhiteSpace(request.StartedOn)) errors["startedOn"] = "startedOn is the date the child started at the new school, as YYYY-MM-DD";
        var leftOn = ParseDate(request.LeftOn, "leftOn", "leftOn must be a real date written as YYYY-MM-DD, like 2026-11-20", errors);
        var sen = SenProvision.None;
        if (!string.IsNullOrWhiteSpace(request.Sen) && !(Enum.TryParse(request.Sen, ignoreCase: true, out sen) && Enum.IsDefined(sen) && !int.TryParse(request.Sen, out _)))
        {
            errors["sen"] = "sen must be None, SenSupport or EducationHealthAndCarePlan";
        }
        var urn = request.SchoolUrn?.Trim() ?? "";
        int? schoolId = urn.Length == 0 ? null : await db.Schools.Where(s => s.Urn == urn).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct) ?? -1;
        foreach (var (key, message) in await EducationSection.ValidateAsync(db, childId, schoolId, startedOn, leftOn, request.YearGroup, today, ct))
        {
            var name = key switch { "SchoolUrn" => "schoolUrn", "StartedOn" => "startedOn", "LeftOn" => "leftOn", _ => "yearGroup" };
            errors.TryAdd(name, message);
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));

        var causedByPlacement = request.CausedByPlacementMove ?? await EducationSection.PlacementBeganBeforeAsync(db, childId, startedOn!.Value, ct);
        await EducationSection.SaveAsync(db, childId, new EducationSection.SchoolChange(schoolId!.Value, startedOn!.Value, leftOn, sen, request.YearGroup, causedByPlacement), ct);
        await audit.RecordAsync("education.school.change", AuditOutcome.Allowed, user.Id(), user.UserName(), childId, $"POST {http.Request.Path}", ct);
        var view = await EducationSection.LoadAsync(db, childId, today, ct);
        return TypedResults.Created($"/api/children/{childId}/education", view!);
    }

    private static DateOnly? ParseDate(string? value, string key, string message, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[key] = message;
        return null;
    }
}

/// <summary>The roll's figures at the period's end and the school moves in the period (Outcome 6: education).</summary>
public sealed class RollOutcomeMeasures(RollSettings settings) : IOutcomeMeasures
{
    public string Section => "Virtual School: roll";

    public IReadOnlyList<int> Outcomes => [6];

    public async Task<IReadOnlyList<CoParent.Core.Measures.MeasureResult>> CalculateAsync(CoParentDbContext db, CoParent.Core.Measures.MeasurePeriod period, CancellationToken ct)
    {
        var end = period.To;
        var inCare = await RollQuery.InCareAsync(db, db.Children, end, settings.LaNumber, ct);
        var pupils = inCare.Select(r => new RollPupil(r.ChildId, RollCohort.InCare, r.YearGroup, r.Sen, r.HasSchool, r.OutOfArea)).ToList();
        pupils.AddRange((await RollQuery.PreviouslyLookedAfter(db.Children, end).Select(c => c.Id).ToListAsync(ct))
            .Select(id => new RollPupil(id, RollCohort.PreviouslyLookedAfter, 0, SenProvision.None, false, false)));
        pupils.AddRange((await RollQuery.WithSocialWorker(db, db.Children, end).Select(c => c.Id).ToListAsync(ct))
            .Select(id => new RollPupil(id, RollCohort.WithSocialWorker, 0, SenProvision.None, false, false)));
        pupils.AddRange((await RollQuery.CareLeaversInEducation(db, db.Children, end).Select(c => c.Id).ToListAsync(ct))
            .Select(id => new RollPupil(id, RollCohort.CareLeaverInEducation, 0, SenProvision.None, false, false)));
        var moves = await db.EducationMoves.AsNoTracking().Where(m => m.StartedOn >= period.From && m.StartedOn <= period.To)
            .Select(m => new EducationMoveFacts(m.ChildId, m.StartedOn, m.CausedByPlacementMove, m.MidYear, m.DaysOutOfEducation)).ToListAsync(ct);
        return [.. RollMeasures.Calculate(pupils), .. EducationMoveMeasures.Calculate(moves, period)];
    }
}
