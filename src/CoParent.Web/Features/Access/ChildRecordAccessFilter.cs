using CoParent.Core.Audit;
using CoParent.Data.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CoParent.Web.Features.Access;

/// <summary>Marks a page whose every handler (GET too) changes the record, so it needs edit rights.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EditsChildRecordAttribute : Attribute;

/// <summary>
/// Every page with a <c>{childId}</c> route value passes through here: the policy decides, and every
/// attempt, allowed or denied, is audited. New child pages are covered without anyone remembering to.
/// </summary>
public sealed class ChildRecordAccessFilter(ChildAccessPolicy policy, AuditLog audit) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!context.RouteData.Values.TryGetValue("childId", out var raw) || !int.TryParse(raw?.ToString(), out var childId))
        {
            await next();
            return;
        }

        var http = context.HttpContext;
        var user = http.User;
        var writes = !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            || context.HandlerInstance.GetType().IsDefined(typeof(EditsChildRecordAttribute), inherit: true);
        var allowed = writes
            ? await policy.CanEditAsync(user, childId, http.RequestAborted)
            : await policy.CanViewAsync(user, childId, http.RequestAborted);
        var action = $"{(writes ? "child.write" : "child.read")}:{context.ActionDescriptor.ViewEnginePath.TrimStart('/')}";

        await audit.RecordAsync(action, allowed ? AuditOutcome.Allowed : AuditOutcome.Denied,
            user.Id(), user.UserName(), childId, $"{http.Request.Method} {http.Request.Path}", http.RequestAborted);

        if (!allowed)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }
        await next();
    }
}

/// <summary>The same check and audit for API endpoints with a <c>{childId}</c> route value.</summary>
public sealed class ChildRecordEndpointFilter(ChildAccessPolicy policy, AuditLog audit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!int.TryParse(http.GetRouteValue("childId")?.ToString(), out var childId))
        {
            return await next(context);
        }
        var user = http.User;
        var writes = !HttpMethods.IsGet(http.Request.Method);
        var allowed = writes
            ? await policy.CanEditAsync(user, childId, http.RequestAborted)
            : await policy.CanViewAsync(user, childId, http.RequestAborted);
        await audit.RecordAsync($"{(writes ? "child.write" : "child.read")}:api", allowed ? AuditOutcome.Allowed : AuditOutcome.Denied,
            user.Id(), user.UserName(), childId, $"{http.Request.Method} {http.Request.Path}", http.RequestAborted);
        return allowed ? await next(context) : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
            title: "You do not have access to this child's record");
    }
}
