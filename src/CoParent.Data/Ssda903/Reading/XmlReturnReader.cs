using System.Xml;
using CoParent.Core.Ssda903.Returns;

namespace CoParent.Data.Ssda903.Reading;

/// <summary>
/// Reads the DfE's XML form of the return (ssda903.md §2): one CHILD element per child holding a HEADER (with
/// the OC3 and AD1 fields and the repeating AREVIEW, AMISSING, OC2, PERMANENCE and AD_PLACED groups) and its
/// EPISODE elements. It streams one child at a time and makes the same rows as the CSV files would; a row's
/// number is the child's position in the file, which is what an analyst can find.
/// </summary>
internal static class XmlReturnReader
{
    private static readonly ReturnTable[] XmlTables =
    [
        ReturnTable.Header, ReturnTable.Episodes, ReturnTable.Uasc, ReturnTable.Reviews, ReturnTable.OC2, ReturnTable.OC3,
        ReturnTable.AD1, ReturnTable.PlacedAdoption, ReturnTable.PrevPerm, ReturnTable.Missing,
    ];

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    public static void Read(ReadContext context, string name, Func<Stream> open)
    {
        var attempt = new Attempt(context, name);
        try
        {
            attempt.Run(XmlReader.Create(open(), Settings));
        }
        catch (XmlException first)
        {
            // A file saved as Windows-1252 but declaring (or defaulting to) UTF-8 fails on its first £ or é;
            // read it again as 1252 and keep the first error if that fails too.
            var retry = new Attempt(context, name);
            try
            {
                retry.Run(XmlReader.Create(new StreamReader(open(), Ssda903Reader.Windows1252), Settings));
                attempt = retry;
            }
            catch (XmlException)
            {
                attempt.Fail(first);
            }
        }
        attempt.Commit();
    }

    private sealed class Attempt(ReadContext context, string name)
    {
        private readonly List<ReturnRow>[] _rows = TableSchemas.All.Select(_ => new List<ReturnRow>()).ToArray();
        private readonly List<ReadProblem> _problems = [];
        private readonly char[] _text = new char[Ssda903Reader.MaxCellLength + 1];
        private readonly string?[][] _cells = TableSchemas.All.Select(t => new string?[t.Columns.Count]).ToArray();
        private int _child;
        private bool _read;

        public void Run(XmlReader reader)
        {
            using (reader)
            {
                if (reader.MoveToContent() != XmlNodeType.Element)
                {
                    Problem(null, "The file has no XML elements.");
                    return;
                }
                var rootDepth = reader.Depth;
                if (reader.IsEmptyElement)
                {
                    _read = true;
                    return;
                }
                reader.Read();
                while (!reader.EOF)
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.Depth == rootDepth + 1)
                    {
                        if (reader.LocalName == "CHILD")
                        {
                            _child++;
                            if (_child > Ssda903Reader.MaxRows)
                            {
                                Problem(_child, $"The file has more than {Ssda903Reader.MaxRows:N0} children, far more than any return, so reading stopped.");
                                return;
                            }
                            if (!ReadChild(reader)) return;
                            if (_child % Ssda903Reader.ProgressEvery == 0) context.CancellationToken.ThrowIfCancellationRequested();
                            reader.Read();
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }
                    else
                    {
                        reader.Read();
                    }
                }
            }
            _read = true;
        }

        /// <summary>Reads one CHILD element, leaving the reader on its end; false when the file must stop.</summary>
        private bool ReadChild(XmlReader reader)
        {
            var header = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            var groups = new List<(string Group, Dictionary<string, string?> Fields)>();
            if (!reader.IsEmptyElement)
            {
                var childDepth = reader.Depth;
                Dictionary<string, string?>? group = null;
                var groupDepth = -1;
                var advance = true;
                while (!advance || reader.Read())
                {
                    advance = true;
                    if (reader.NodeType == XmlNodeType.EndElement)
                    {
                        if (reader.Depth == childDepth) break;
                        if (reader.Depth == groupDepth) group = null;
                        continue;
                    }
                    if (reader.NodeType != XmlNodeType.Element) continue;

                    var tag = reader.LocalName switch { "CHILDID" => "CHILD", "PL" => "PLACE", var other => other };
                    if (group is null && tag is "EPISODE" or "AREVIEW" or "AMISSING" or "OC2" or "PERMANENCE" or "AD_PLACED")
                    {
                        group = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
                        groups.Add((tag, group));
                        groupDepth = reader.Depth;
                        if (reader.IsEmptyElement) group = null;
                        continue;
                    }
                    var target = group ?? header;
                    if (reader.IsEmptyElement)
                    {
                        target.TryAdd(tag, null);
                        continue;
                    }

                    // A leaf holds text; an element holding elements (HEADER) is walked into.
                    reader.Read();
                    if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
                    {
                        var length = 0;
                        int got;
                        while (length < _text.Length && (got = reader.ReadValueChunk(_text, length, _text.Length - length)) > 0) length += got;
                        if (length > Ssda903Reader.MaxCellLength)
                        {
                            _problems.Add(new ReadProblem(name, _child, tag,
                                $"In XML child {_child}, the {tag} value is over {Ssda903Reader.MaxCellLength:N0} characters long; no SSDA903 value is that long, so reading of this file stopped."));
                            return false;
                        }
                        target[tag] = context.Pool.Cell(_text.AsSpan(0, length));
                    }
                    else
                    {
                        target.TryAdd(tag, null);
                        advance = false;
                    }
                }
            }
            Emit(header, groups);
            return true;
        }

        private void Emit(Dictionary<string, string?> header, List<(string Group, Dictionary<string, string?> Fields)> groups)
        {
            var headerRow = (HeaderRow)Make(ReturnTable.Header, header, header);
            // The XML carries UASC itself; a UASC row is made when the child is or was UASC (a flag of 1 or a DUC).
            headerRow.Uasc = context.Code(header.GetValueOrDefault("UASC"));
            if (headerRow.Uasc == "1" || header.GetValueOrDefault("DUC") is not null) Make(ReturnTable.Uasc, header, header);
            if (Any(header, "IN_TOUCH", "ACTIV", "ACCOM")) Make(ReturnTable.OC3, header, header);
            if (Any(header, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")) Make(ReturnTable.AD1, header, header);
            foreach (var (group, fields) in groups)
            {
                var table = group switch
                {
                    "EPISODE" => ReturnTable.Episodes,
                    "AREVIEW" => ReturnTable.Reviews,
                    "AMISSING" => ReturnTable.Missing,
                    "OC2" => ReturnTable.OC2,
                    "PERMANENCE" => ReturnTable.PrevPerm,
                    _ => ReturnTable.PlacedAdoption,
                };
                Make(table, fields, header);
            }
        }

        private static bool Any(Dictionary<string, string?> fields, params string[] names) =>
            names.Any(n => fields.GetValueOrDefault(n) is not null);

        private ReturnRow Make(ReturnTable table, Dictionary<string, string?> fields, Dictionary<string, string?> header)
        {
            var schema = TableSchemas.For(table);
            var cells = _cells[(int)table];
            for (var i = 0; i < cells.Length; i++)
            {
                var column = schema.Columns[i];
                cells[i] = fields.TryGetValue(column, out var value) && value is not null ? value
                    : column is "CHILD" or "DOB" ? header.GetValueOrDefault(column) : null;
            }
            var row = RowFactory.Create(table, cells, _child, context.Code, context.Child);
            _rows[(int)table].Add(row);
            return row;
        }

        private void Problem(int? child, string message) => _problems.Add(new ReadProblem(name, child, null, message));

        public void Fail(XmlException ex)
        {
            _read = false;
            var where = _child == 0 ? "before the first CHILD" : $"in or after XML child {_child}";
            _problems.Add(new ReadProblem(name, _child == 0 ? null : _child, null,
                $"The XML is not well formed at line {ex.LineNumber}, position {ex.LinePosition} ({where}): {ex.Message}"));
        }

        public void Commit()
        {
            context.Problems.AddRange(_problems);
            if (!_read) return;
            foreach (var table in XmlTables)
            {
                var schema = TableSchemas.For(table);
                if (!context.Claim(name, schema, context.Problems)) continue;
                context.Return.AddTable(table, name).Rows.AddRange(_rows[(int)table]);
            }
        }
    }
}
