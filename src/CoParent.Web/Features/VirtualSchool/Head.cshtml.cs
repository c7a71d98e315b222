using CoParent.Core.Access;
using CoParent.Core.Measures;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Shared;
using CoParent.Web.Infrastructure;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DateInput = CoParent.Web.Features.Children.DateInput;

namespace CoParent.Web.Features.VirtualSchool;

/// <summary>
/// The Virtual School Head's page: every Virtual School figure (each source registered as an
/// <see cref="IOutcomeMeasures"/> whose section starts "Virtual School") for a period, grouped by section.
/// Councillors see the figures with small numbers suppressed and no way to the children behind them.
/// </summary>
[Authorize(Roles = VirtualSchoolHeadFeature.Readers)]
public sealed class HeadModel(OutcomeFigures figures, TimeProvider clock) : PeriodPageModel(clock)
{
    public IReadOnlyList<OutcomeSection>? Sections { get; private set; }
    public bool Suppressed { get; private set; }
    public bool CanDrillDown => !User.SeesAggregatesOnly() && ChildAccessPolicy.RecordRoles.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!TryChoosePeriod()) return Page();

        Suppressed = User.SeesAggregatesOnly();
        Sections = VirtualSchoolHeadFeature.Sections(await figures.CalculateAsync(Chosen, ct));
        if (TableDownload.Format(Request.Query["format"]) is { } format)
        {
            var rows = Sections.SelectMany(s => MeasureTable.DownloadRows(s, Suppressed)).ToList();
            return TableDownload.File(new DownloadTable($"virtual-school-{AsAtDate.Iso(Chosen.From)}-to-{AsAtDate.Iso(Chosen.To)}", MeasureTable.DownloadHeaders, rows), format);
        }
        return Page();
    }

    public MeasureTable Table(OutcomeSection section) => new(section, Chosen, Suppressed, CanDrillDown);

    /// <summary>"Attendance" for "Virtual School: attendance": the page's heading already says whose figures these are.</summary>
    public static string ShortTitle(string section) =>
        section.StartsWith(VirtualSchoolHeadFeature.SectionPrefix + ":", StringComparison.Ordinal)
            ? section[(VirtualSchoolHeadFeature.SectionPrefix.Length + 1)..].Trim() is { Length: > 0 } rest ? char.ToUpperInvariant(rest[0]) + rest[1..] : section
            : section;
}

/// <summary>The Head's page's access rule and its JSON route.</summary>
public static class VirtualSchoolHeadFeature
{
    public const string SectionPrefix = "Virtual School";

    /// <summary>
    /// The Virtual School's leadership and the council's managers, and councillors for the figures only. Not designated
    /// teachers (their own pupils only) nor a social worker, IRO or personal adviser (one child's worker, not the school's).
    /// </summary>
    public const string Readers = Roles.VirtualSchoolHead + "," + Roles.VirtualSchoolOfficer + "," + Roles.Manager + "," + Roles.TeamManager + "," + Roles.Councillor;

    public static IServiceCollection AddVirtualSchoolHeadFeature(this IServiceCollection services) =>
        // The /VirtualSchool folder is for education records (Program.cs), which councillors never open; the Head's
        // figures are aggregates, so this one page has its own rule (HeadModel's [Authorize]) instead of the folder's.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageApplicationModelConvention("/VirtualSchool/Head", model =>
        {
            foreach (var folderRule in model.EndpointMetadata.OfType<AuthorizeAttribute>().Where(a => a.Policy == Policies.EducationRecords).ToList())
            {
                model.EndpointMetadata.Remove(folderRule);
            }
        }));

    public static IEndpointRouteBuilder MapVirtualSchoolHeadApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/virtual-school", GetFiguresAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Readers })
            .WithName("GetVirtualSchoolFigures")
            .WithSummary("The Virtual School Head's figures for a period")
            .WithDescription("Every Virtual School measure (roll, attendance, exclusions, PEPs, Pupil Premium Plus, attainment) for the days " +
                "from and to (YYYY-MM-DD, both included; default the last complete quarter). For councillors, counts of 1 to 5 and " +
                "percentages based on them are given as \"c\".")
            .WithTags("Measures");
        return app;
    }

    public static IReadOnlyList<OutcomeSection> Sections(OutcomeReport report) =>
        report.Sections.Where(s => IsVirtualSchool(s.Title)).ToList();

    private static bool IsVirtualSchool(string section) => section.StartsWith(SectionPrefix, StringComparison.Ordinal);

    public static async Task<Results<Ok<OutcomesFeature.OutcomesResponse>, ValidationProblem>> GetFiguresAsync(
        string? from, string? to, OutcomeFigures figures, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        // The same period rules, figures and suppression as /api/outcomes, keeping only the Virtual School's sections.
        var all = await OutcomesFeature.GetOutcomesAsync(from, to, figures, clock, http, ct);
        return all.Result switch
        {
            Ok<OutcomesFeature.OutcomesResponse> { Value: { } body } =>
                TypedResults.Ok(body with { Sections = body.Sections.Where(s => IsVirtualSchool(s.Title)).ToList() }),
            ValidationProblem problem => problem,
            _ => throw new InvalidOperationException("The Outcomes figures gave an unexpected answer"),
        };
    }
}
