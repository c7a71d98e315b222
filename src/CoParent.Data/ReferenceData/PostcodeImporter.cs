using System.Data.Common;
using System.IO.Compression;
using System.Reflection;
using CoParent.Core.Geography;
using Microsoft.EntityFrameworkCore;
using Sylvan.Data.Csv;

namespace CoParent.Data.ReferenceData;

/// <summary>
/// Loads postcodes (ONS Postcode Directory shape: postcode, easting, northing, ltla_code, utla_code) and
/// the lower-to-upper-tier local authority lookup. The repository ships the sample from shared reference
/// data; a council loads the full directory with <c>coparent postcodes import</c> the same way.
/// Re-importing replaces rows with the same postcode, so it is idempotent.
/// </summary>
public static class PostcodeImporter
{
    public static Stream OpenBundledPostcodes() =>
        new GZipStream(Resource("postcodes.csv.gz"), CompressionMode.Decompress);

    public static Stream OpenBundledLocalAuthorities() => Resource("local-authorities.csv");

    private static Stream Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The bundled reference file {name} is missing from the build.");

    /// <summary>Loads the bundled files when the tables are empty (first start).</summary>
    public static async Task EnsureLoadedAsync(CoParentDbContext db, CancellationToken ct = default)
    {
        if (!await db.LocalAuthorities.AnyAsync(ct))
        {
            await using var las = OpenBundledLocalAuthorities();
            await ImportLocalAuthoritiesAsync(db, las, ct);
        }
        if (!await db.Postcodes.AnyAsync(ct))
        {
            await using var postcodes = OpenBundledPostcodes();
            await ImportPostcodesAsync(db, postcodes, ct);
        }
    }

    public static IEnumerable<Postcode> ReadPostcodes(Stream csv)
    {
        using var reader = new StreamReader(csv);
        using var data = CsvDataReader.Create(reader);
        int pc = data.GetOrdinal("postcode"), e = data.GetOrdinal("easting"), n = data.GetOrdinal("northing"),
            l = data.GetOrdinal("ltla_code"), u = data.GetOrdinal("utla_code");
        var row = 1;
        while (data.Read())
        {
            row++;
            var display = data.GetString(pc).Trim();
            if (display.Length == 0) continue;
            if (!int.TryParse(data.GetString(e), out var easting) || !int.TryParse(data.GetString(n), out var northing))
            {
                // Postcodes without a grid reference cannot give a distance; the ONSPD has a few.
                continue;
            }
            var utla = data.GetString(u).Trim();
            yield return new Postcode
            {
                Code = Postcode.Normalise(display),
                Display = display.ToUpperInvariant(),
                Easting = easting,
                Northing = northing,
                LtlaCode = data.GetString(l).Trim(),
                UtlaCode = utla.Length == 0 ? null : utla,
            };
        }
    }

    public static async Task<int> ImportPostcodesAsync(CoParentDbContext db, Stream csv, CancellationToken ct = default)
    {
        var count = 0;
        await BulkAsync(db, ReadPostcodes(csv), "Postcodes",
            ["Code", "Display", "Easting", "Northing", "LtlaCode", "UtlaCode"],
            p => [p.Code, p.Display, p.Easting, p.Northing, p.LtlaCode, p.UtlaCode],
            "Code", () => count++, ct);
        return count;
    }

    /// <summary>The lower-to-upper-tier lookup: ltla_code, ltla_name, utla_code, utla_name.</summary>
    public static IEnumerable<LocalAuthority> ReadLocalAuthorities(Stream csv)
    {
        using var reader = new StreamReader(csv);
        using var data = CsvDataReader.Create(reader);
        while (data.Read())
        {
            yield return new LocalAuthority
            {
                LtlaCode = data.GetString(0).Trim(),
                LtlaName = data.GetString(1).Trim(),
                UtlaCode = data.GetString(2).Trim(),
                UtlaName = data.GetString(3).Trim(),
            };
        }
    }

    /// <summary>The bundled lookup as upper-tier code by lower-tier code, for work that needs no database.</summary>
    public static Dictionary<string, string> BundledUpperTierByLowerTier()
    {
        using var csv = OpenBundledLocalAuthorities();
        return ReadLocalAuthorities(csv).ToDictionary(l => l.LtlaCode, l => l.UtlaCode, StringComparer.Ordinal);
    }

    public static async Task<int> ImportLocalAuthoritiesAsync(CoParentDbContext db, Stream csv, CancellationToken ct = default)
    {
        var rows = ReadLocalAuthorities(csv).ToList();
        await BulkAsync(db, rows, "LocalAuthorities", ["LtlaCode", "LtlaName", "UtlaCode", "UtlaName"],
            l => [l.LtlaCode, l.LtlaName, l.UtlaCode, l.UtlaName], "LtlaCode", () => { }, ct);
        return rows.Count;
    }

    /// <summary>Multi-row upserts in one transaction: the same SQL works on SQLite and PostgreSQL.</summary>
    private static async Task BulkAsync<T>(
        CoParentDbContext db, IEnumerable<T> rows, string table, string[] columns, Func<T, object?[]> values,
        string key, Action counted, CancellationToken ct)
    {
        const int batchSize = 400;
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var batch = new List<object?[]>(batchSize);
        var quoted = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var updates = string.Join(", ", columns.Where(c => c != key).Select(c => $"\"{c}\" = excluded.\"{c}\""));

        async Task FlushAsync()
        {
            if (batch.Count == 0) return;
            await using DbCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            var tuples = new List<string>(batch.Count);
            for (var r = 0; r < batch.Count; r++)
            {
                var names = new string[columns.Length];
                for (var c = 0; c < columns.Length; c++)
                {
                    var p = command.CreateParameter();
                    p.ParameterName = $"@p{r}_{c}";
                    p.Value = batch[r][c] ?? DBNull.Value;
                    command.Parameters.Add(p);
                    names[c] = p.ParameterName;
                }
                tuples.Add($"({string.Join(", ", names)})");
            }
            command.CommandText =
                $"INSERT INTO \"{table}\" ({quoted}) VALUES {string.Join(", ", tuples)} ON CONFLICT (\"{key}\") DO UPDATE SET {updates}";
            await command.ExecuteNonQueryAsync(ct);
            batch.Clear();
        }

        foreach (var row in rows)
        {
            batch.Add(values(row));
            counted();
            if (batch.Count == batchSize) await FlushAsync();
        }
        await FlushAsync();
        await transaction.CommitAsync(ct);
    }
}
