using System.Globalization;
using System.Reflection;
using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;
using Sylvan.Data.Csv;

namespace CoParent.Data.Education;

/// <summary>
/// Loads published attainment figures to compare our children in care with, from a CSV with columns academic_year
/// (2024-25 or 2024), measure_id, area (Essex, England, England children looked after), value and source. All or
/// nothing: a file with any wrong row changes nothing and says which rows are wrong. A row for a year, measure and
/// area already held replaces it, so importing the same file twice changes nothing the second time.
/// </summary>
public static class AttainmentComparisonImporter
{
    public sealed record Result(int Added, int Updated, int Unchanged, IReadOnlyList<string> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>The national figures the project ships (only those stated in the DfE's publications); no Essex figures.</summary>
    public static Stream OpenDefaults() =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("attainment-comparisons.csv")
        ?? throw new InvalidOperationException("The bundled attainment-comparisons.csv is missing from the build.");

    public static async Task<Result> ImportAsync(CoParentDbContext db, Stream csv, CancellationToken ct = default)
    {
        var (rows, errors) = Read(csv);
        if (errors.Count > 0) return new Result(0, 0, 0, errors);

        var existing = await db.ComparisonFigures.ToListAsync(ct);
        int added = 0, updated = 0, unchanged = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var row in rows)
        {
            var held = existing.FirstOrDefault(c => c.AcademicYear == row.AcademicYear && c.MeasureId == row.MeasureId && c.Area == row.Area);
            if (held is null)
            {
                db.ComparisonFigures.Add(row);
                existing.Add(row);
                added++;
            }
            else if (held.Value != row.Value || held.Source != row.Source)
            {
                held.Value = row.Value;
                held.Source = row.Source;
                updated++;
            }
            else
            {
                unchanged++;
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Result(added, updated, unchanged, []);
    }

    private static readonly HashSet<string> MeasureIds = AttainmentMeasures.Headlines.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);

    private static (List<ComparisonFigure> Rows, List<string> Errors) Read(Stream csv)
    {
        var rows = new List<ComparisonFigure>();
        var errors = new List<string>();
        using var reader = new StreamReader(csv);
        using var data = CsvDataReader.Create(reader);
        var columns = new[] { "academic_year", "measure_id", "area", "value", "source" };
        var missing = columns.Where(c => !Enumerable.Range(0, data.FieldCount).Any(i => string.Equals(data.GetName(i), c, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            errors.Add($"The file needs the columns {string.Join(", ", columns)}; it has no {string.Join(", ", missing)} column");
            return (rows, errors);
        }
        int year = Ordinal(data, "academic_year"), measure = Ordinal(data, "measure_id"), area = Ordinal(data, "area"), value = Ordinal(data, "value"), source = Ordinal(data, "source");
        var line = 1;
        var seen = new HashSet<(int, string, string)>();
        while (data.Read())
        {
            line++;
            var rowErrors = new List<string>();
            var yearText = data.GetString(year).Trim();
            var startYear = ParseYear(yearText);
            if (startYear is null) rowErrors.Add($"academic year \"{yearText}\" must be written like 2024-25");
            var measureId = data.GetString(measure).Trim();
            if (!MeasureIds.Contains(measureId)) rowErrors.Add($"measure \"{measureId}\" must be one of {string.Join(", ", MeasureIds)}");
            var areaText = AttainmentMeasures.AttainmentAreas.FirstOrDefault(a => string.Equals(a, data.GetString(area).Trim(), StringComparison.OrdinalIgnoreCase));
            if (areaText is null) rowErrors.Add($"area \"{data.GetString(area).Trim()}\" must be Essex, England or England children looked after");
            var valueText = data.GetString(value).Trim().TrimEnd('%');
            if (!decimal.TryParse(valueText, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number is < -100 or > 100)
            {
                rowErrors.Add($"value \"{data.GetString(value).Trim()}\" must be a number from -100 to 100");
            }
            var sourceText = data.GetString(source).Trim();
            if (sourceText.Length == 0) rowErrors.Add("source must say where the figure was published");
            else if (sourceText.Length > 500) rowErrors.Add("source must be 500 characters or fewer");
            if (rowErrors.Count == 0 && !seen.Add((startYear!.Value, measureId, areaText!)))
            {
                rowErrors.Add($"{measureId} for {areaText} in {yearText} is already in the file");
            }
            if (rowErrors.Count > 0)
            {
                errors.Add($"Row {line}: {string.Join("; ", rowErrors)}");
                continue;
            }
            rows.Add(new ComparisonFigure { AcademicYear = startYear!.Value, MeasureId = measureId, Area = areaText!, Value = number, Source = sourceText });
        }
        if (rows.Count == 0 && errors.Count == 0) errors.Add("The file has no rows");
        return (rows, errors);
    }

    private static int Ordinal(CsvDataReader data, string name) =>
        Enumerable.Range(0, data.FieldCount).First(i => string.Equals(data.GetName(i), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>"2024-25" or "2024/25" or "2024": the year the academic year starts.</summary>
    public static int? ParseYear(string text)
    {
        var parts = text.Split('-', '/');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start) || start is < 2000 or > 2100) return null;
        if (parts.Length == 1) return start;
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end) && (end == (start + 1) % 100 || end == start + 1) ? start : null;
    }
}
