using CoParent.Core.Audit;
using CoParent.Data.Audit;

namespace CoParent.Web.Features.Access;

/// <summary>
/// One attempt on a child's record: the policy decides, and the attempt is audited either way. The page filter,
/// the API filter and the role-refusal handler all go through here, so every attempt reads alike in the audit.
/// </summary>
public sealed class ChildRecordGate(ChildAccessPolicy policy, AuditLog audit)
{
    /// <summary>Anything but GET or HEAD changes the record.</summary>
    public static bool IsWrite(HttpRequest request) => !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method);

    /// <param name="where">What was asked for, for the audit: a page path, "api" or "role".</param>
    /// <param name="access">What a write needs: edit rights, or (for a review) edit rights or being the child's IRO.</param>
    public async Task<bool> AdmitAsync(HttpContext http, int childId, bool writes, string where, WriteAccess access = WriteAccess.Edit)
    {
        var allowed = (writes, access) switch
        {
            (false, WriteAccess.Education) => await policy.CanViewEducationAsync(http.User, childId, http.RequestAborted),
            (true, WriteAccess.Education) => await policy.CanEditEducationAsync(http.User, childId, http.RequestAborted),
            (false, _) => await policy.CanViewAsync(http.User, childId, http.RequestAborted),
            (true, WriteAccess.RecordReview) => await policy.CanRecordReviewAsync(http.User, childId, http.RequestAborted),
            _ => await policy.CanEditAsync(http.User, childId, http.RequestAborted),
        };
        await RecordAsync(audit, http, childId, writes, where, allowed);
        return allowed;
    }

    public static Task RecordAsync(AuditLog audit, HttpContext http, int childId, bool writes, string where, bool allowed) =>
        audit.RecordAsync($"{(writes ? "child.write" : "child.read")}:{where}", allowed ? AuditOutcome.Allowed : AuditOutcome.Denied,
            http.User.Id(), http.User.UserName(), childId, $"{http.Request.Method} {http.Request.Path}", http.RequestAborted);
}

/// <summary>What writing to a child's record needs.</summary>
public enum WriteAccess
{
    Edit,
    RecordReview,

    /// <summary>The education part of the record: designated teachers and the Virtual School read and write it (<see cref="EducationRecordAttribute"/>).</summary>
    Education,
}
