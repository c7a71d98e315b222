using System.IO.Compression;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Ssda903;

/// <summary>
/// Ofsted's provider list as the council last imported it (<c>coparent 903 providers import</c>), kept as the
/// CSV file itself, gzip-compressed, so that the URN rules run on imports and on the Returns page. One list at
/// a time: importing a newer one replaces it.
/// </summary>
public class StoredOfstedList
{
    public int Id { get; set; }
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public int Providers { get; set; }
    public DateTime ImportedAtUtc { get; set; }

    /// <summary>Reads the list (checking it has a URN column) and keeps it in place of any earlier one.</summary>
    public static async Task<OfstedProviderList> ImportAsync(CoParentDbContext db, string fileName, byte[] csv, DateTime nowUtc, CancellationToken ct)
    {
        var list = OfstedProviderList.Read(new MemoryStream(csv));
        using var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true)) await gzip.WriteAsync(csv, ct);
        await db.StoredOfstedLists.ExecuteDeleteAsync(ct);
        db.StoredOfstedLists.Add(new StoredOfstedList { FileName = fileName, Content = packed.ToArray(), Providers = list.Count, ImportedAtUtc = nowUtc });
        await db.SaveChangesAsync(ct);
        return list;
    }

    /// <summary>The imported list, or null when none has been imported (the URN rules then say they could not run).</summary>
    public static async Task<OfstedProviderList?> LoadAsync(CoParentDbContext db, CancellationToken ct)
    {
        var stored = await db.StoredOfstedLists.AsNoTracking().OrderByDescending(l => l.Id).FirstOrDefaultAsync(ct);
        if (stored is null) return null;
        await using var gzip = new GZipStream(new MemoryStream(stored.Content), CompressionMode.Decompress);
        return OfstedProviderList.Read(gzip);
    }
}
