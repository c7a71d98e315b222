using CoParent.Data.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CoParent.Web.Features.Access;

/// <summary>
/// A role that may not open children's records at all (a councillor, an administrator) is refused by the
/// authorization policy before <see cref="ChildRecordAccessFilter"/> runs; this records that refusal too,
/// so every denied attempt on a child's record is in the audit (issue 3 §3).
/// </summary>
public sealed class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && int.TryParse(context.GetRouteValue("childId")?.ToString(), out var childId))
        {
            await ChildRecordGate.RecordAsync(context.RequestServices.GetRequiredService<AuditLog>(), context, childId,
                ChildRecordGate.IsWrite(context.Request), "role", allowed: false);
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
