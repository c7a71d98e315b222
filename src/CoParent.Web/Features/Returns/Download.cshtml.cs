using System.IO.Compression;
using CoParent.Core.Audit;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.Ssda903.Storing;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Features.Returns;

/// <summary>The year's return from the records as the DfE's CSV files (every table, usual names) in one zip.</summary>
public sealed class DownloadModel(CoParentDbContext db, ReturnChecks checks, AuditLog audit, IOptions<CouncilOptions> council) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        var collection = checks.YearsOffered().FirstOrDefault(y => y.Year == year);
        if (collection == default) return NotFound();

        var ret = await Ssda903Exporter.BuildAsync(db, collection, council.Value.Code, ct);
        await audit.RecordAsync("ssda903.export", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"GET {Request.Path}", ct);

        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var schema in TableSchemas.ForYear(collection.Year))
            {
                var entry = archive.CreateEntry(schema.FileName, CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(Ssda903Writer.ToBytes(schema, ret.Table(schema.Table)?.Rows ?? []));
            }
        }
        zip.Position = 0;
        return File(zip, "application/zip", $"ssda903-{collection.Year - 1}-{collection.Year % 100:00}.zip");
    }
}
