namespace CoParent.Web.Infrastructure;

/// <summary>
/// No personal data in logs (issue 3, baseline f). ASP.NET Core logs whole request URLs and redirect targets
/// at Information, query string included, and a search's query string is a child's name or UPN; so these
/// categories log only warnings and errors, whatever the configuration asks for.
/// </summary>
public static class LogPrivacy
{
    private static readonly string[] CategoriesThatLogUrls =
    [
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.Mvc.Infrastructure",
        "Microsoft.AspNetCore.Http.Result",
    ];

    public static ILoggingBuilder KeepUrlsOutOfLogs(this ILoggingBuilder logging)
    {
        foreach (var category in CategoriesThatLogUrls) logging.AddFilter(category, LogLevel.Warning);
        return logging;
    }
}
