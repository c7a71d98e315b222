namespace CoParent.Data.Ssda903.Reading;

internal enum FileKind
{
    Empty,
    Binary,
    Xml,
    Text,
}

/// <summary>Looks at a file's first bytes to tell CSV from XML from something else (a workbook, a zip).</summary>
internal static class FileSniffer
{
    private const int Look = 4096;

    public static (FileKind Kind, string Description) Sniff(Func<Stream> open)
    {
        var buffer = new byte[Look];
        int length;
        using (var stream = open())
        {
            length = 0;
            int read;
            while (length < Look && (read = stream.Read(buffer, length, Look - length)) > 0) length += read;
        }
        var bytes = buffer.AsSpan(0, length);

        if (bytes.StartsWith("PK\u0003\u0004"u8)) return (FileKind.Binary, "a zip file (an Excel .xlsx workbook is one)");
        if (bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 })) return (FileKind.Binary, "an old-style Excel .xls workbook or other Office document");
        if (bytes.StartsWith(new byte[] { 0x1F, 0x8B })) return (FileKind.Binary, "a compressed (.gz) file");
        if (bytes.StartsWith("%PDF"u8)) return (FileKind.Binary, "a PDF");

        var utf16 = bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF });
        if (!utf16 && bytes.Contains((byte)0)) return (FileKind.Binary, "a binary file, not text");

        // The first character that is not a byte order mark or white space: XML starts with '<'.
        var start = bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : utf16 ? 2 : 0;
        for (var i = start; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b is 0 or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return (b == (byte)'<' ? FileKind.Xml : FileKind.Text, "");
        }
        return (FileKind.Empty, "");
    }
}

/// <summary>Counts the bytes read through it, for progress.</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    public long BytesRead { get; private set; }

    public long TotalBytes { get; } = SafeLength(inner);

    private static long SafeLength(Stream stream)
    {
        try
        {
            return stream.CanSeek ? stream.Length : -1;
        }
        catch (NotSupportedException)
        {
            return -1;
        }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        BytesRead += read;
        return read;
    }

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        BytesRead += read;
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
