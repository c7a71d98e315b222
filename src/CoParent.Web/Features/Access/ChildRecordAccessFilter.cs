using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CoParent.Web.Features.Access;

/// <summary>Marks a page whose every handler (GET too) changes the record, so it needs edit rights.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EditsChildRecordAttribute : Attribute;

/// <summary>
/// Marks a page or API endpoint whose writes record a review of the child's plan: the allocated IRO may write
/// there as well as the editors (<see cref="ChildAccessPolicy.CanRecordReviewAsync"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RecordsReviewAttribute : Attribute;

/// <summary>
/// Marks a page or API endpoint of the education part of a child's record (the Virtual School's): reads and writes are
/// decided by <see cref="ChildAccessPolicy.CanViewEducationAsync"/> and <see cref="ChildAccessPolicy.CanEditEducationAsync"/>,
/// so a designated teacher reaches these and nothing else of the record.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class EducationRecordAttribute : Attribute;

/// <summary>
/// Every page with a <c>{childId}</c> route value passes through here (see <see cref="ChildRecordGate"/>): the policy decides, and every
/// attempt, allowed or denied, is audited. New child pages are covered without anyone remembering to.
/// </summary>
public sealed class ChildRecordAccessFilter(ChildRecordGate gate) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!context.RouteData.Values.TryGetValue("childId", out var raw) || !int.TryParse(raw?.ToString(), out var childId))
        {
            await next();
            return;
        }

        var writes = ChildRecordGate.IsWrite(context.HttpContext.Request)
            || context.HandlerInstance.GetType().IsDefined(typeof(EditsChildRecordAttribute), inherit: true);
        var page = context.HandlerInstance.GetType();
        var access = page.IsDefined(typeof(EducationRecordAttribute), inherit: true) ? WriteAccess.Education
            : page.IsDefined(typeof(RecordsReviewAttribute), inherit: true) ? WriteAccess.RecordReview
            : WriteAccess.Edit;
        if (!await gate.AdmitAsync(context.HttpContext, childId, writes, context.ActionDescriptor.ViewEnginePath.TrimStart('/'), access))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }
        await next();
    }
}

/// <summary>The same check and audit for API endpoints with a <c>{childId}</c> route value.</summary>
public sealed class ChildRecordEndpointFilter(ChildRecordGate gate) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!int.TryParse(http.GetRouteValue("childId")?.ToString(), out var childId))
        {
            return await next(context);
        }
        var metadata = http.GetEndpoint()?.Metadata;
        var access = metadata?.GetMetadata<EducationRecordAttribute>() is not null ? WriteAccess.Education
            : metadata?.GetMetadata<RecordsReviewAttribute>() is not null ? WriteAccess.RecordReview
            : WriteAccess.Edit;
        return await gate.AdmitAsync(http, childId, ChildRecordGate.IsWrite(http.Request), "api", access)
            ? await next(context)
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You do not have access to this child's record");
    }
}
