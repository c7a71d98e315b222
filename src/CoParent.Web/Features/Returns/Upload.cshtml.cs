using CoParent.Core.Audit;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Returns;

/// <summary>
/// Upload a return's files (CSV or XML) to import: they are saved to a folder of their own and imported in the
/// background, one import at a time; the person is sent to the import's progress page.
/// </summary>
[RequestSizeLimit(ReturnsOptions.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ReturnsOptions.MaxUploadBytes)]
public sealed class UploadModel(ReturnChecks checks, ImportJobs jobs, AuditLog audit) : PageModel
{
    public const string ChooseFilesMessage = "Select the return's files";
    public const string FileTypeMessage = "The files must be CSV or XML files";

    private static readonly string[] Extensions = [".csv", ".xml"];

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public List<IFormFile> PreviousFiles { get; set; } = [];

    public IReadOnlyList<CollectionYear> Years { get; private set; } = [];

    public void OnGet()
    {
        Years = checks.YearsOffered();
        Year ??= Years[0].Year;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Years = checks.YearsOffered();
        ModelState.Clear();
        var year = Years.FirstOrDefault(y => y.Year == Year);
        if (year == default) ModelState.AddModelError(nameof(Year), "Select the collection year the return is for");
        var files = Files.Where(f => f.Length > 0).ToList();
        var previous = PreviousFiles.Where(f => f.Length > 0).ToList();
        if (files.Count == 0) ModelState.AddModelError(nameof(Files), ChooseFilesMessage);
        else if (!files.All(IsReturnFile)) ModelState.AddModelError(nameof(Files), FileTypeMessage);
        if (!previous.All(IsReturnFile)) ModelState.AddModelError(nameof(PreviousFiles), FileTypeMessage);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var id = Guid.NewGuid();
        var folder = Path.Combine(ImportJobs.UploadRoot, id.ToString("N"));
        var saved = await SaveAsync(files, Path.Combine(folder, "current"), ct);
        var savedPrevious = await SaveAsync(previous, Path.Combine(folder, "previous"), ct);
        jobs.Enqueue(year, User.Id() ?? "", User.UserName() ?? "", folder, saved, savedPrevious, id);
        // The import audits each child it adds or changes; this records who asked for it.
        await audit.RecordAsync("ssda903.upload", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"POST {Request.Path} {year.Label}", ct);
        return Redirect($"/returns/imports/{id:N}");
    }

    private static bool IsReturnFile(IFormFile file) =>
        Extensions.Contains(Path.GetExtension(file.FileName), StringComparer.OrdinalIgnoreCase);

    private static async Task<IReadOnlyList<UploadedFile>> SaveAsync(List<IFormFile> files, string folder, CancellationToken ct)
    {
        if (files.Count == 0) return [];
        Directory.CreateDirectory(folder);
        var saved = new List<UploadedFile>();
        for (var i = 0; i < files.Count; i++)
        {
            // The browser's name is shown back in messages; the file on disk has a name of our own.
            var name = SafeName(files[i].FileName);
            var path = Path.Combine(folder, $"{i:000}{Path.GetExtension(name).ToLowerInvariant()}");
            await using (var target = System.IO.File.Create(path))
            {
                await files[i].CopyToAsync(target, ct);
            }
            saved.Add(new UploadedFile(name, path));
        }
        return saved;
    }

    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var safe = new string([.. file.Where(c => !char.IsControl(c) && !Path.GetInvalidFileNameChars().Contains(c))]);
        return safe.Length is > 0 and <= 200 ? safe : "upload" + Path.GetExtension(file);
    }
}
