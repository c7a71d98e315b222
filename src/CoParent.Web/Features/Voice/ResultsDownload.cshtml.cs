using System.Globalization;
using System.Text;
using CoParent.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Voice;

/// <summary>The results as CSV: the same suppressed aggregates as the page, one row per question, answer and age band.</summary>
[Authorize(Roles = VoiceFeature.ResultReaders)]
public sealed class ResultsDownloadModel(CoParentDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int surveyId, CancellationToken ct)
    {
        var results = await SurveyResultsQuery.LoadAsync(db, surveyId, ct);
        if (results is null) return Redirect("/have-your-say/surveys");
        var csv = new StringBuilder();
        csv.AppendLine("question,answer,age_band,count");
        foreach (var row in results.ResponseRate)
        {
            Line(csv, "Response rate", "Codes sent", row.Band, row.Invited.ToString());
            Line(csv, "Response rate", "Answered", row.Band, row.Responded.ToString());
            Line(csv, "Response rate", "Percent answered", row.Band, row.Percent.ToString());
        }
        foreach (var q in results.Questions)
        {
            foreach (var answer in q.Answers)
            {
                Line(csv, q.Text, answer.Text, "All ages", answer.Count.ToString());
                for (var i = 0; i < answer.ByBand.Count; i++) Line(csv, q.Text, answer.Text, Core.Voice.SurveyAgeBands.All[i], answer.ByBand[i].ToString());
            }
            Line(csv, q.Text, "Answered", "All ages", q.Answered.ToString());
            Line(csv, q.Text, "Percent positive", "All ages", q.PercentPositive.ToString());
            foreach (var band in q.Bands)
            {
                Line(csv, q.Text, "Answered", band.Band, band.Answered.ToString());
                Line(csv, q.Text, "Percent positive", band.Band, band.PercentPositive.ToString());
            }
        }
        var name = string.Create(CultureInfo.InvariantCulture, $"have-your-say-{results.SurveyId}-results.csv");
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", name);
    }

    private static void Line(StringBuilder csv, params string[] fields) =>
        csv.AppendLine(string.Join(",", fields.Select(Quote)));

    /// <summary>Quoted as RFC 4180 asks; a leading =, +, - or @ is escaped so a spreadsheet never runs it as a formula.</summary>
    private static string Quote(string field)
    {
        if (field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal)) field = "'" + field;
        return $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
