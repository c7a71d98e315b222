using CoParent.Core.Audit;
using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Returns;

/// <summary>
/// The SSDA903 return as CoParent's records would make it today, checked against the DfE's rules for the year:
/// what to fix before the return is sent, each row linked to the child and the field.
/// </summary>
public sealed class IndexModel(ReturnChecks checks, AuditLog audit) : PageModel
{
    /// <summary>Rows shown under each rule; the rest are counted, and shown a page at a time for one rule.</summary>
    public const int RowsPerRule = 50;

    /// <summary>Header fields a person fixes on the child's edit page, with the id of the input.</summary>
    private static readonly Dictionary<string, string> EditInputs = new(StringComparer.Ordinal)
    {
        ["SEX"] = "Input_Sex", ["DOB"] = "Input_DateOfBirth", ["ETHNIC"] = "Input_Ethnicity", ["UPN"] = "Input_Upn",
    };

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>One rule's rows, a page at a time, instead of the first rows of every rule.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Rule { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CollectionYear> Years { get; private set; } = [];
    public ReturnCheck Check { get; private set; } = null!;
    public RuleSummary? Only { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Years = checks.YearsOffered();
        var year = Years.FirstOrDefault(y => y.Year == Year);
        if (year == default)
        {
            year = Years[0];
            Year = year.Year;
        }
        Check = await checks.CheckAsync(year, ct);
        if (Rule is not null)
        {
            Only = Check.Rules.FirstOrDefault(r => r.Rule.Code == Rule);
            if (Only is null) Rule = null;
            PageNumber = Math.Clamp(PageNumber, 1, Only is null ? 1 : PagesOf(Only));
        }
        // One entry for the whole list: it names children by their records, not one at a time.
        await audit.RecordAsync("ssda903.validation.read", AuditOutcome.Allowed, User.Id(), User.UserName(), null,
            $"GET {Request.Path}{Request.QueryString}", ct);
        return Page();
    }

    public static int PagesOf(RuleSummary rule) => Children.Pagination.PagesFor(rule.Rows, RowsPerRule);

    /// <summary>The rows shown for a rule: its first rows, or the current page when one rule is shown.</summary>
    public IReadOnlyList<ValidationError> RowsOf(RuleSummary rule)
    {
        var all = Check.ErrorsByRule[rule.Rule.Code];
        var skip = Only is null ? 0 : (PageNumber - 1) * RowsPerRule;
        return [.. all.Skip(skip).Take(RowsPerRule)];
    }

    public string RuleUrl(string code, int page = 1) =>
        $"/returns?year={Year}&rule={Uri.EscapeDataString(code)}" + (page > 1 ? $"&pageNumber={page}" : "");

    /// <summary>Where a flagged field is put right: the edit page's input, the care timeline, or the child's summary.</summary>
    public static string FieldUrl(int childId, ReturnTable table, string field) =>
        table == ReturnTable.Header && EditInputs.TryGetValue(field, out var input) ? $"/children/{childId}/edit#{input}"
        : table == ReturnTable.Episodes ? $"/children/{childId}/timeline"
        : $"/children/{childId}";

    public static string TableName(ReturnTable table) => TableSchemas.For(table).FileName;
}
