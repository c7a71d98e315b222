using System.IO.Compression;
using System.Text;
using CoParent.Core.Ssda903.Returns;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Ssda903.Storing;

/// <summary>
/// Keeps imported returns as their CSV tables (gzip) and reads them back, so rules comparing with last year
/// see last year's return as it was submitted, not as the records say today.
/// </summary>
public static class StoredReturns
{
    public static async Task<Ssda903Return?> LoadAsync(CoParentDbContext db, CollectionYear year, CancellationToken ct = default)
    {
        var tables = await db.Ssda903StoredTables.AsNoTracking()
            .Where(t => t.CollectionYear == year.Year)
            .ToListAsync(ct);
        if (tables.Count == 0) return null;

        var ret = new Ssda903Return(year);
        foreach (var stored in tables.OrderBy(t => t.Table))
        {
            var table = ret.AddTable(stored.Table, stored.FileName);
            var rowNumber = 0;
            foreach (var fields in ReadCsv(Decompress(stored.Content)).Skip(1))
            {
                table.Rows.Add(RowFactory.Create(stored.Table, fields, ++rowNumber, RowFactory.PlainCode, RowFactory.PlainChild));
            }
        }
        return ret;
    }

    /// <summary>The tables of a return as they will be stored: one gzip-compressed CSV file per table supplied.</summary>
    internal static List<StoredReturnTable> ToStored(Ssda903Return ret, DateTime nowUtc) =>
        ret.Tables.Select(t => new StoredReturnTable
        {
            CollectionYear = ret.Year.Year,
            Table = t.Schema.Table,
            FileName = t.File.Length > 260 ? t.File[..260] : t.File,
            Content = Compress(Ssda903Writer.ToBytes(t.Schema, t.Rows)),
            ImportedAtUtc = nowUtc,
        }).ToList();

    /// <summary>
    /// Replaces the year's stored tables with these, unless they are the same files (so importing a return
    /// twice writes nothing). True when anything was written.
    /// </summary>
    internal static async Task<bool> ReplaceAsync(CoParentDbContext db, Ssda903Return ret, DateTime nowUtc, CancellationToken ct)
    {
        var fresh = ToStored(ret, nowUtc);
        var held = await db.Ssda903StoredTables.AsNoTracking().Where(t => t.CollectionYear == ret.Year.Year).ToListAsync(ct);
        var same = held.Count == fresh.Count && fresh.All(f => held.Any(h =>
            h.Table == f.Table && h.FileName == f.FileName && Decompress(h.Content).AsSpan().SequenceEqual(Decompress(f.Content))));
        if (same) return false;

        await db.Ssda903StoredTables.Where(t => t.CollectionYear == ret.Year.Year).ExecuteDeleteAsync(ct);
        db.Ssda903StoredTables.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(data);
        return output.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Reads the CSV this code writes (RFC 4180); blank cells come back as null.</summary>
    internal static IEnumerable<string?[]> ReadCsv(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var fields = new List<string?>();
        var cell = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i += 2; continue; }
                if (c == '"') { quoted = false; i++; continue; }
                cell.Append(c);
                i++;
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(cell.Length == 0 ? null : cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(cell.Length == 0 ? null : cell.ToString());
                    cell.Clear();
                    yield return fields.ToArray();
                    fields.Clear();
                    break;
                default:
                    cell.Append(c);
                    break;
            }
            i++;
        }
        if (cell.Length > 0 || fields.Count > 0)
        {
            fields.Add(cell.Length == 0 ? null : cell.ToString());
            yield return fields.ToArray();
        }
    }
}
