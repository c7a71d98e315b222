using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;
using Sylvan.Data.Csv;

namespace CoParent.Data.Education;

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record SchoolsImportResult(int Added, int Changed, int Unchanged, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public string Summary => $"{Added:N0} added, {Changed:N0} changed";
}

/// <summary>
/// Loads a CSV of establishments (see <see cref="SchoolsCsv"/>). All or nothing: any row in error and nothing is saved.
/// Rows are matched on URN, so importing the same file again changes nothing.
/// </summary>
public static class SchoolsImporter
{
    public const int MaxErrors = 50;

    public static async Task<SchoolsImportResult> ImportAsync(CoParentDbContext db, Stream csv, CancellationToken ct = default)
    {
        var (schools, errors) = Read(csv);
        if (errors.Count > 0) return new(0, 0, 0, errors);

        var existing = await db.Schools.ToDictionaryAsync(s => s.Urn, ct);
        int added = 0, changed = 0, unchanged = 0;
        foreach (var school in schools)
        {
            if (existing.TryGetValue(school.Urn, out var current))
            {
                if (SchoolsCsv.Update(current, school)) changed++;
                else unchanged++;
            }
            else
            {
                db.Schools.Add(school);
                existing[school.Urn] = school;
                added++;
            }
        }
        // One SaveChanges is one transaction: the file lands whole or not at all.
        await db.SaveChangesAsync(ct);
        return new(added, changed, unchanged, []);
    }

    public static (List<School> Schools, List<string> Errors) Read(Stream csv)
    {
        var schools = new List<School>();
        var errors = new List<string>();
        using var reader = new StreamReader(csv);
        CsvDataReader data;
        try
        {
            data = CsvDataReader.Create(reader);
        }
        catch (CsvMissingHeadersException)
        {
            return (schools, ["Row 1: the file is empty: it needs a header row and a row for each school"]);
        }
        using (data)
        {
            var headers = Enumerable.Range(0, data.FieldCount).Select(data.GetName).ToList();
            var (columns, headerErrors) = SchoolsCsv.MapHeaders(headers);
            if (headerErrors.Count > 0) return (schools, [.. headerErrors]);

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var row = 1;
            while (data.Read() && errors.Count < MaxErrors)
            {
                row++;
                var fields = Enumerable.Range(0, data.RowFieldCount).Select(data.GetString).ToList();
                if (fields.All(string.IsNullOrWhiteSpace)) continue;
                var school = SchoolsCsv.ParseRow(columns, fields, row, errors);
                if (school is null) continue;
                if (seen.TryGetValue(school.Urn, out var firstRow))
                {
                    errors.Add($"Row {row}, URN: {school.Urn} is already on row {firstRow}");
                    continue;
                }
                seen[school.Urn] = row;
                schools.Add(school);
            }
        }
        if (schools.Count == 0 && errors.Count == 0) errors.Add("Row 2: the file has no schools in it");
        return (schools, errors);
    }
}
