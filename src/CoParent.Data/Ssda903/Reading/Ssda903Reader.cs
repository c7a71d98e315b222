using System.Text;
using CoParent.Core.Ssda903.Returns;
using Sylvan.Data.Csv;

namespace CoParent.Data.Ssda903.Reading;

/// <summary>
/// Reads an SSDA903 return from CSV files (one per table) or the DfE's single XML file, streaming, so a
/// national-size return reads in seconds and a mistaken 1 GB upload is refused without being held in memory.
/// A table is recognised by its column names, never by its file name (ssda903.md §2). Bad input never throws:
/// everything wrong is a <see cref="ReadProblem"/> naming the file, row and column.
/// </summary>
public static class Ssda903Reader
{
    /// <summary>No SSDA903 value comes near this (CHILD is at most 10 characters, postcodes 8).</summary>
    public const int MaxCellLength = 1000;

    /// <summary>Far above any council's return (the largest table, reviews, is about 400,000 rows nationally).</summary>
    public const int MaxRows = 5_000_000;

    internal const int ProgressEvery = 10_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static Ssda903Reader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1252, what Excel's "CSV (Comma delimited)" writes on an English Windows machine.</summary>
    internal static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>Reads files, and every .csv and .xml file in folders.</summary>
    public static ReadResult Read(IReadOnlyList<string> paths, CollectionYear year, IProgress<ReadProgress>? progress = null, CancellationToken ct = default)
    {
        var problems = new List<ReadProblem>();
        var files = new List<(string Name, Func<Stream> Open)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inside = Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (inside.Count == 0) problems.Add(new ReadProblem(path, null, null, "This folder has no .csv or .xml files in it."));
                files.AddRange(inside.Select(f => (Path.GetFileName(f), (Func<Stream>)(() => File.OpenRead(f)))));
            }
            else if (File.Exists(path))
            {
                files.Add((Path.GetFileName(path), () => File.OpenRead(path)));
            }
            else
            {
                problems.Add(new ReadProblem(path, null, null, "There is no file or folder here."));
            }
        }
        return ReadAll(files, year, problems, progress, ct);
    }

    /// <summary>Reads named streams (web uploads). <c>Open</c> may be called more than once for a file.</summary>
    public static ReadResult Read(IReadOnlyList<(string Name, Func<Stream> Open)> files, CollectionYear year, IProgress<ReadProgress>? progress = null, CancellationToken ct = default) =>
        ReadAll(files, year, [], progress, ct);

    private static ReadResult ReadAll(IReadOnlyList<(string Name, Func<Stream> Open)> files, CollectionYear year, List<ReadProblem> problems, IProgress<ReadProgress>? progress, CancellationToken ct)
    {
        var context = new ReadContext(new Ssda903Return(year), problems, progress, ct);
        if (files.Count == 0 && problems.Count == 0) problems.Add(new ReadProblem("(none)", null, null, "No files were given."));
        foreach (var (name, open) in files)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                ReadFile(context, name, open);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                problems.Add(new ReadProblem(name, null, null, $"The file could not be read: {ex.Message}"));
            }
        }
        return new ReadResult(context.Return, problems);
    }

    private static void ReadFile(ReadContext context, string name, Func<Stream> open)
    {
        var kind = FileSniffer.Sniff(open);
        switch (kind.Kind)
        {
            case FileKind.Empty:
                context.Problems.Add(new ReadProblem(name, null, null, "The file is empty."));
                return;
            case FileKind.Binary:
                context.Problems.Add(new ReadProblem(name, null, null,
                    $"This is not a CSV or XML file: it looks like {kind.Description}. Save each table as \"CSV (Comma delimited)\" and give those files."));
                return;
            case FileKind.Xml:
                XmlReturnReader.Read(context, name, open);
                return;
            default:
                ReadCsv(context, name, open);
                return;
        }
    }

    private static void ReadCsv(ReadContext context, string name, Func<Stream> open)
    {
        // UTF-8 (with or without a byte order mark) first; a byte sequence that cannot be UTF-8 means the file
        // was saved as Windows-1252 (Excel's default "CSV"), so it is read again that way.
        var attempt = new CsvAttempt(context, name);
        try
        {
            attempt.Run(open, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            attempt = new CsvAttempt(context, name);
            attempt.Run(open, Windows1252);
        }
        attempt.Commit();
    }

    /// <summary>One pass over a CSV file in one encoding; nothing reaches the return until it is committed.</summary>
    private sealed class CsvAttempt(ReadContext context, string name)
    {
        private readonly List<ReadProblem> _problems = [];
        private readonly List<ReturnRow> _rows = [];
        private TableSchema? _schema;

        public void Run(Func<Stream> open, Encoding encoding)
        {
            using var stream = new CountingStream(open());
            using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            var options = new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16, MaxBufferSize = 1 << 20 };
            var dataRow = 0;
            try
            {
                using var csv = CsvDataReader.Create(text, options);
                var names = new string[csv.FieldCount];
                for (var i = 0; i < names.Length; i++) names[i] = csv.GetName(i).Trim();
                _schema = Recognise(names);
                if (_schema is null) return;
                var ordinals = new int[_schema.Columns.Count];
                for (var c = 0; c < ordinals.Length; c++) ordinals[c] = Array.FindIndex(names, n => string.Equals(n, _schema.Columns[c], StringComparison.OrdinalIgnoreCase));

                var cells = new string?[ordinals.Length];
                var pool = context.Pool;
                while (csv.Read())
                {
                    var count = csv.RowFieldCount;
                    if (IsBlank(csv, count)) continue;
                    dataRow++;
                    if (dataRow % ProgressEvery == 0) context.Report(name, stream, dataRow);
                    if (dataRow > MaxRows)
                    {
                        Problem(dataRow, null, $"The file has more than {MaxRows:N0} rows, far more than any return, so reading stopped. Check this is the right file.");
                        return;
                    }
                    if (count != names.Length)
                    {
                        Problem(dataRow, null, $"This row has {count} cells but the file has {names.Length} columns. A value containing a comma must be inside double quotes.");
                        continue;
                    }
                    for (var c = 0; c < ordinals.Length; c++)
                    {
                        var span = csv.GetFieldSpan(ordinals[c]);
                        if (span.Length > MaxCellLength)
                        {
                            Problem(dataRow, _schema.Columns[c], $"This cell is {span.Length:N0} characters long; no SSDA903 value is longer than {MaxCellLength:N0}, so reading of this file stopped. Perhaps a double quote is never closed.");
                            return;
                        }
                        cells[c] = pool.Cell(span);
                    }
                    _rows.Add(RowFactory.Create(_schema.Table, cells, dataRow, context.Code, context.Child));
                }
                context.Report(name, stream, dataRow);
            }
            catch (CsvRecordTooLargeException)
            {
                Problem(dataRow + 1, null, $"This row is over {1 << 20:N0} characters long, so reading of this file stopped. Perhaps a double quote is never closed.");
            }
            catch (CsvFormatException ex)
            {
                Problem(dataRow + 1, null, $"The file is not valid CSV here ({ex.Message}). Perhaps a double quote is never closed.");
            }
        }

        private TableSchema? Recognise(string[] names)
        {
            var duplicates = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            var schema = duplicates.Count == 0 ? TableSchemas.Recognise(names) : null;
            if (schema is null)
            {
                var closest = TableSchemas.Closest(names);
                if (closest is null)
                {
                    // Not echoed: a first row that is not column names is probably a child's data.
                    Problem(null, null, "The first row is not the column names of any SSDA903 table. It should be the column names, for example CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB for the header.");
                    return null;
                }
                foreach (var duplicate in duplicates)
                {
                    Problem(null, duplicate.Length == 0 ? "(no name)" : duplicate, duplicate.Length == 0
                        ? "The first row has more than one empty column name. It should hold only the table's column names."
                        : "This column name appears more than once in the first row.");
                }
                if (duplicates.Count > 0) return null;
                var looksLike = $"this file looks like the {closest.Name} table ({closest.FileName})";
                foreach (var missing in closest.Columns.Where(c => !names.Contains(c, StringComparer.OrdinalIgnoreCase)))
                {
                    Problem(null, missing, $"The column {missing} is missing: {looksLike}, which has the columns {string.Join(",", closest.Columns)}.");
                }
                foreach (var extra in names.Where(n => closest.IndexOf(n) < 0))
                {
                    Problem(null, extra.Length == 0 ? "(no name)" : extra,
                        $"The column {(extra.Length == 0 ? "with no name" : extra)} is not part of the {closest.Name} table ({closest.FileName}), which this file looks like; that table has the columns {string.Join(",", closest.Columns)}. Remove it.");
                }
                return null;
            }
            return context.Claim(name, schema, _problems) ? schema : null;
        }

        private static bool IsBlank(CsvDataReader csv, int count)
        {
            // Blank lines, and rows of empty cells (",,,,"), which Excel leaves below edited data.
            for (var i = 0; i < count; i++)
            {
                if (!csv.GetFieldSpan(i).IsWhiteSpace()) return false;
            }
            return true;
        }

        private void Problem(int? row, string? column, string message) => _problems.Add(new ReadProblem(name, row, column, message));

        public void Commit()
        {
            context.Problems.AddRange(_problems);
            if (_schema is null) return;
            context.Return.AddTable(_schema.Table, name).Rows.AddRange(_rows);
        }
    }
}
