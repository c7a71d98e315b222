using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Data.ReferenceData;
using CoParent.Data.Ssda903.Reading;
using CoParent.Data.Ssda903.Storing;

namespace CoParent.Data.Ssda903;

/// <summary>Where a long import has got to, for a progress bar on the command line or the page.</summary>
public readonly record struct ImportStage(string Stage, double Fraction);

/// <summary>
/// What importing a return came to: what the files said (problems that stop everything), what the DfE's rules
/// found (reported, not blocking: the council fixes them in CoParent afterwards), and what was stored.
/// </summary>
public sealed record ReturnImportOutcome(ReadResult Read, ValidationReport? Validation, ImportResult? Import)
{
    public bool Imported => Import is { Imported: true };
}

/// <summary>
/// One way to import a return, shared by <c>coparent 903 import</c> and the upload page: read every file
/// (stopping at any file that cannot be read), work out the derived postcode fields, validate against the
/// year's rules with last year's return (the one given, or the one stored), then store it in one transaction.
/// </summary>
public static class ReturnImport
{
    /// <summary>Reads files given by name and stream (uploads), then imports them.</summary>
    public static Task<ReturnImportOutcome> RunAsync(
        CoParentDbContext db, IReadOnlyList<(string Name, Func<Stream> Open)> files, IReadOnlyList<(string Name, Func<Stream> Open)> previousFiles,
        CollectionYear year, string councilCode, string actor, TimeProvider clock, IProgress<ImportStage>? progress, CancellationToken ct) =>
        RunAsync(db, Ssda903Reader.Read(files, year, Reading(progress), ct),
            previousFiles.Count > 0 ? Ssda903Reader.Read(previousFiles, year.Previous, null, ct) : null,
            councilCode, actor, clock, progress, ct);

    /// <summary>Reads files and folders given by path (the command line), then imports them.</summary>
    public static Task<ReturnImportOutcome> RunAsync(
        CoParentDbContext db, IReadOnlyList<string> paths, IReadOnlyList<string> previousPaths,
        CollectionYear year, string councilCode, string actor, TimeProvider clock, IProgress<ImportStage>? progress, CancellationToken ct) =>
        RunAsync(db, Ssda903Reader.Read(paths, year, Reading(progress), ct),
            previousPaths.Count > 0 ? Ssda903Reader.Read(previousPaths, year.Previous, null, ct) : null,
            councilCode, actor, clock, progress, ct);

    private static Progress<ReadProgress>? Reading(IProgress<ImportStage>? progress) => progress is null ? null : new Progress<ReadProgress>(p =>
        progress.Report(new ImportStage($"Reading {p.File}", p.TotalBytes > 0 ? (double)p.BytesRead / p.TotalBytes : 0)));

    private static async Task<ReturnImportOutcome> RunAsync(
        CoParentDbContext db, ReadResult read, ReadResult? last, string councilCode, string actor, TimeProvider clock,
        IProgress<ImportStage>? progress, CancellationToken ct)
    {
        if (!read.IsClean) return new ReturnImportOutcome(read, null, null);
        if (last is { IsClean: false }) return new ReturnImportOutcome(last, null, null);
        var year = read.Return.Year;
        var previous = last?.Return;

        progress?.Report(new ImportStage("Working out placement distances", 0));
        // A new database has no postcodes until the bundled directory is loaded; without them every postcode looks unknown.
        await PostcodeImporter.EnsureLoadedAsync(db, ct);
        var postcodes = await PostcodeDirectory.LoadAsync(db, ct);
        postcodes.Derive(read.Return, councilCode);
        previous ??= await Ssda903Importer.LoadStoredReturnAsync(db, year.Previous, ct);
        if (previous is not null) postcodes.Derive(previous, councilCode);

        progress?.Report(new ImportStage("Checking the DfE's rules", 0));
        var providers = await StoredOfstedList.LoadAsync(db, ct);
        var validation = ReturnValidator.Validate(new RuleContext(read.Return, councilCode) { Previous = previous, Providers = providers });

        progress?.Report(new ImportStage("Saving the records", 0));
        var import = await Ssda903Importer.ImportAsync(db, read.Return, last?.Return, actor, clock, ct);
        progress?.Report(new ImportStage("Done", 1));
        return new ReturnImportOutcome(read, validation, import);
    }
}
