using System.Globalization;
using System.Reflection;
using CoParent.Core.Education;
using CoParent.Core.Strategy;
using Microsoft.EntityFrameworkCore;
using Sylvan.Data.Csv;

namespace CoParent.Data.Strategy;

/// <summary>
/// Loads published figures to compare any scorecard measure with, from a CSV with columns year (or academic_year:
/// 2024-25 or 2024, the year the academic year or year to 31 March starts), measure_id (a measure the registry
/// knows), area (Essex, England, England children looked after, Statistical neighbours), value and source. All or
/// nothing: a file with any wrong row changes nothing and says which rows are wrong. A row for a year, measure and
/// area already held replaces it, so importing the same file twice changes nothing the second time.
/// </summary>
public static class ComparisonFigureImporter
{
    public sealed record Result(int Added, int Updated, int Unchanged, IReadOnlyList<string> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>The column holds numbers with 6 digits, 2 after the point (ComparisonFigure's precision).</summary>
    public const decimal Largest = 9999.99m;

    public const int SourceLength = 500;

    /// <summary>The figures the project ships: only those stated in the DfE publications each row names.</summary>
    public static Stream OpenDefaults() =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("comparison-figures.csv")
        ?? throw new InvalidOperationException("The bundled comparison-figures.csv is missing from the build.");

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

    private static readonly string[] Columns = ["year", "measure_id", "area", "value", "source"];

    private static (List<ComparisonFigure> Rows, List<string> Errors) Read(Stream csv)
    {
        var rows = new List<ComparisonFigure>();
        var errors = new List<string>();
        using var reader = new StreamReader(csv);
        using var data = CsvDataReader.Create(reader);
        var year = Ordinal(data, "year") ?? Ordinal(data, "academic_year");
        var missing = Columns.Where(c => c == "year" ? year is null : Ordinal(data, c) is null).ToList();
        if (missing.Count > 0)
        {
            errors.Add($"The file needs the columns {string.Join(", ", Columns)} (or academic_year for year); it has no {string.Join(", ", missing)} column");
            return (rows, errors);
        }
        int measure = Ordinal(data, "measure_id")!.Value, area = Ordinal(data, "area")!.Value, value = Ordinal(data, "value")!.Value, source = Ordinal(data, "source")!.Value;
        var line = 1;
        var seen = new HashSet<(int, string, string)>();
        while (data.Read())
        {
            line++;
            var rowErrors = new List<string>();
            var yearText = data.GetString(year!.Value).Trim();
            var startYear = ParseYear(yearText);
            if (startYear is null) rowErrors.Add($"year \"{yearText}\" must be written like 2024-25 or 2024");
            var measureId = data.GetString(measure).Trim();
            if (measureId.Length is 0 or > 100 || MeasureCatalogue.Find(measureId) is null) rowErrors.Add($"measure \"{measureId}\" is not a measure the scorecard knows (see the measure ids on the Outcomes page)");
            var areaGiven = data.GetString(area).Trim();
            var areaText = ComparisonFigure.Areas.FirstOrDefault(a => string.Equals(a, areaGiven, StringComparison.OrdinalIgnoreCase));
            if (areaText is null) rowErrors.Add($"area \"{areaGiven}\" must be {string.Join(", ", ComparisonFigure.Areas.SkipLast(1))} or {ComparisonFigure.Areas[^1]}");
            var valueGiven = data.GetString(value).Trim();
            if (!decimal.TryParse(valueGiven.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                || Math.Abs(number) > Largest || decimal.Round(number, 2) != number)
            {
                rowErrors.Add($"value \"{valueGiven}\" must be a number from -9999.99 to 9999.99 with at most 2 decimal places");
            }
            var sourceText = data.GetString(source).Trim();
            if (sourceText.Length == 0) rowErrors.Add("source must say where the figure was published");
            else if (sourceText.Length > SourceLength) rowErrors.Add($"source must be {SourceLength} characters or fewer");
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

    private static int? Ordinal(CsvDataReader data, string name)
    {
        for (var i = 0; i < data.FieldCount; i++)
        {
            if (string.Equals(data.GetName(i).Trim(), name, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return null;
    }

    /// <summary>"2024-25" or "2024/25" or "2024": the year the academic year (or year to 31 March) starts.</summary>
    public static int? ParseYear(string text)
    {
        var parts = text.Split('-', '/');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start) || start is < 2000 or > 2100) return null;
        if (parts.Length == 1) return start;
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end) && (end == (start + 1) % 100 || end == start + 1) ? start : null;
    }
}
