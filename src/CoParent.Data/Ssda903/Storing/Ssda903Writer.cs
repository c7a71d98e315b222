using System.Text;
using CoParent.Core.Ssda903.Returns;

namespace CoParent.Data.Ssda903.Storing;

/// <summary>
/// Writes a return as the DfE's CSV files: every table of the year under its usual file name, columns in the
/// DfE's order, a header row even when the table has no rows (a missing table cannot be validated, ssda903.md §5),
/// dates DD/MM/YYYY, UTF-8 without a byte order mark and CRLF line ends, quoting a cell only when RFC 4180 needs it.
/// </summary>
public static class Ssda903Writer
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes every table of the return's year into <paramref name="folder"/> and returns the paths written.</summary>
    public static IReadOnlyList<string> Write(Ssda903Return ret, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var schema in TableSchemas.ForYear(ret.Year.Year))
        {
            var path = Path.Combine(folder, schema.FileName);
            using var writer = new StreamWriter(path, append: false, Utf8NoBom);
            WriteTable(schema, ret.Table(schema.Table)?.Rows ?? [], writer);
            written.Add(path);
        }
        return written;
    }

    public static void WriteTable(TableData table, TextWriter writer) => WriteTable(table.Schema, table.Rows, writer);

    public static void WriteTable(TableSchema schema, IEnumerable<ReturnRow> rows, TextWriter writer)
    {
        WriteLine(writer, schema.Columns);
        foreach (var row in rows)
        {
            if (row.Table != schema.Table) throw new ArgumentException($"A {row.Table} row cannot go in the {schema.Name} table.", nameof(rows));
            WriteLine(writer, row.ToFields());
        }
        writer.Flush();
    }

    /// <summary>The table as the bytes of its CSV file.</summary>
    public static byte[] ToBytes(TableSchema schema, IEnumerable<ReturnRow> rows)
    {
        using var memory = new MemoryStream();
        using (var writer = new StreamWriter(memory, Utf8NoBom, leaveOpen: true)) WriteTable(schema, rows, writer);
        return memory.ToArray();
    }

    private static void WriteLine(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            WriteField(writer, fields[i]);
        }
        writer.Write("\r\n");
    }

    private static void WriteField(TextWriter writer, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
