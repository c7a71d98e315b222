using System.Data.Common;
using System.Globalization;
using CoParent.Core.Allocations;
using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CoParent.Data.Demo;

internal sealed record BulkColumn<T>(string Name, NpgsqlDbType Type, Func<T, object?> Value);

/// <summary>
/// Writes many rows inside the caller's EF Core transaction at the speed each database is best at:
/// PostgreSQL's binary COPY, and one prepared INSERT re-run per row on SQLite. Values are stored as
/// EF Core stores them (on SQLite: GUIDs as upper-case text, dates as ISO text), so the app reads them back.
/// </summary>
internal static class DemoBulk
{
    public static readonly BulkColumn<Child>[] ChildColumns =
    [
        new("Id", NpgsqlDbType.Integer, c => c.Id),
        new("PersonId", NpgsqlDbType.Varchar, c => c.PersonId),
        new("GivenName", NpgsqlDbType.Varchar, c => c.GivenName),
        new("FamilyName", NpgsqlDbType.Varchar, c => c.FamilyName),
        new("PreferredName", NpgsqlDbType.Varchar, c => c.PreferredName),
        new("SearchGivenName", NpgsqlDbType.Varchar, c => c.SearchGivenName),
        new("SearchFamilyName", NpgsqlDbType.Varchar, c => c.SearchFamilyName),
        new("SearchPreferredName", NpgsqlDbType.Varchar, c => c.SearchPreferredName),
        new("DateOfBirth", NpgsqlDbType.Date, c => c.DateOfBirth),
        new("Sex", NpgsqlDbType.Varchar, c => c.Sex),
        new("Ethnicity", NpgsqlDbType.Varchar, c => c.Ethnicity),
        new("Religion", NpgsqlDbType.Varchar, c => c.Religion),
        new("FirstLanguage", NpgsqlDbType.Varchar, c => c.FirstLanguage),
        new("IsUasc", NpgsqlDbType.Boolean, c => c.IsUasc),
        new("UascCeased", NpgsqlDbType.Date, c => c.UascCeased),
        new("Mother", NpgsqlDbType.Boolean, c => c.Mother),
        new("HasDisability", NpgsqlDbType.Boolean, c => c.HasDisability),
        new("DisabilityDetail", NpgsqlDbType.Varchar, c => c.DisabilityDetail),
        new("Upn", NpgsqlDbType.Varchar, c => c.Upn),
        new("HomePostcode", NpgsqlDbType.Varchar, c => c.HomePostcode),
        new("Version", NpgsqlDbType.Uuid, c => c.Version),
        new("CreatedAtUtc", NpgsqlDbType.TimestampTz, c => c.CreatedAtUtc),
    ];

    public static readonly BulkColumn<CareEpisode>[] EpisodeColumns =
    [
        new("ChildId", NpgsqlDbType.Integer, e => e.ChildId),
        new("Decom", NpgsqlDbType.Date, e => e.Decom),
        new("Rne", NpgsqlDbType.Varchar, e => e.Rne),
        new("Ls", NpgsqlDbType.Varchar, e => e.Ls),
        new("Cin", NpgsqlDbType.Varchar, e => e.Cin),
        new("Place", NpgsqlDbType.Varchar, e => e.Place),
        new("PlaceProvider", NpgsqlDbType.Varchar, e => e.PlaceProvider),
        new("Dec", NpgsqlDbType.Date, e => e.Dec),
        new("Rec", NpgsqlDbType.Varchar, e => e.Rec),
        new("ReasonPlaceChange", NpgsqlDbType.Varchar, e => e.ReasonPlaceChange),
        new("HomePost", NpgsqlDbType.Varchar, e => e.HomePost),
        new("PlPost", NpgsqlDbType.Varchar, e => e.PlPost),
        new("Urn", NpgsqlDbType.Varchar, e => e.Urn),
        new("CarerName", NpgsqlDbType.Varchar, e => e.CarerName),
        new("PlLa", NpgsqlDbType.Varchar, e => e.PlLa),
        new("PlLocation", NpgsqlDbType.Varchar, e => e.PlLocation),
        new("PlDistance", NpgsqlDbType.Double, e => e.PlDistance),
    ];

    public static readonly BulkColumn<Allocation>[] AllocationColumns =
    [
        new("ChildId", NpgsqlDbType.Integer, a => a.ChildId),
        new("Role", NpgsqlDbType.Integer, a => (int)a.Role),
        new("UserId", NpgsqlDbType.Varchar, a => a.UserId),
        new("TeamId", NpgsqlDbType.Integer, a => a.TeamId),
        new("From", NpgsqlDbType.Date, a => a.From),
        new("To", NpgsqlDbType.Date, a => a.To),
    ];

    public static async Task WriteAsync<T>(
        CoParentDbContext db, string table, BulkColumn<T>[] columns, IEnumerable<T> rows, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes belong inside the generation's transaction.");
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));

        if (connection is NpgsqlConnection npgsql)
        {
            await using var import = await npgsql.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows)
            {
                await import.StartRowAsync(ct);
                foreach (var column in columns)
                {
                    if (column.Value(row) is { } value) await import.WriteAsync(value, column.Type, ct);
                    else await import.WriteNullAsync(ct);
                }
            }
            await import.CompleteAsync(ct);
            return;
        }

        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++) parameters[i].Value = ForSqlite(columns[i].Value(row));
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>After rows were written with their own IDs, PostgreSQL's identity must carry on above them.</summary>
    public static async Task CatchUpIdentityAsync(CoParentDbContext db, string table, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection) return; // SQLite's AUTOINCREMENT follows the largest ID itself.
#pragma warning disable EF1002 // the table name is one of ours, never input
        await db.Database.ExecuteSqlRawAsync(
            $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT COALESCE(MAX(\"Id\"), 1) FROM \"{table}\"))", ct);
#pragma warning restore EF1002
    }

    private static object ForSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => value,
    };
}
