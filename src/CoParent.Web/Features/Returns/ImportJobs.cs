using System.Collections.Concurrent;
using System.Threading.Channels;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data;
using CoParent.Data.Ssda903;
using CoParent.Data.Ssda903.Storing;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Features.Returns;

public enum ImportJobState { Waiting, Running, Finished, Failed }

/// <summary>A saved upload (its name as the user gave it and where it now lies).</summary>
public sealed record UploadedFile(string Name, string Path);

/// <summary>A table's rows and what they did to the records.</summary>
public sealed record ImportedTable(string FileName, TableImportCount Count);

/// <summary>
/// What a finished import came to, kept small: the return itself is dropped once imported, so an hour of
/// finished jobs does not hold national-size returns in memory.
/// </summary>
public sealed record ImportJobResult(
    bool Imported,
    IReadOnlyList<(string File, int? Row, string? Column, string Message)> Problems,
    int ChildrenCreated, int ChildrenUpdated, IReadOnlyList<ImportedTable> Tables,
    int ChildrenChecked, int RulesRun, int RulesNotRun, int ErrorRows, int RulesBroken);

/// <summary>One upload being imported: who asked, which files, and how far it has got.</summary>
public sealed class ImportJob(Guid id, CollectionYear year, string userId, string userName, string folder,
    IReadOnlyList<UploadedFile> files, IReadOnlyList<UploadedFile> previousFiles, DateTimeOffset queuedAt)
{
    public Guid Id { get; } = id;
    public CollectionYear Year { get; } = year;
    public string UserId { get; } = userId;
    public string UserName { get; } = userName;
    public string Folder { get; } = folder;
    public IReadOnlyList<UploadedFile> Files { get; } = files;
    public IReadOnlyList<UploadedFile> PreviousFiles { get; } = previousFiles;
    public DateTimeOffset QueuedAt { get; } = queuedAt;

    private volatile ImportJobState _state = ImportJobState.Waiting;
    public ImportJobState State { get => _state; set => _state = value; }
    public DateTimeOffset? FinishedAt { get; set; }
    public ImportJobResult? Result { get; set; }

    private readonly Lock _lock = new();
    private ImportStage _stage = new("Waiting for another import to finish", 0);

    /// <summary>Written by the import's thread, read by the page's.</summary>
    public ImportStage Stage
    {
        get { lock (_lock) return _stage; }
        set { lock (_lock) _stage = value; }
    }
}

/// <summary>
/// The imports asked for, run one at a time by <see cref="ImportJobRunner"/> (an import holds the whole
/// return in memory and writes in one transaction, so two at once would only compete). Jobs are kept for an
/// hour after they finish, then forgotten.
/// </summary>
public sealed class ImportJobs(TimeProvider clock)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();
    private readonly Channel<ImportJob> _queue = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Where uploads wait to be imported; each job has a folder of its own, deleted when it finishes.</summary>
    public static string UploadRoot => Path.Combine(Path.GetTempPath(), "coparent-uploads");

    public ChannelReader<ImportJob> Queue => _queue.Reader;

    public ImportJob Enqueue(CollectionYear year, string userId, string userName, string folder,
        IReadOnlyList<UploadedFile> files, IReadOnlyList<UploadedFile> previousFiles, Guid id)
    {
        ForgetExpired();
        var job = new ImportJob(id, year, userId, userName, folder, files, previousFiles, clock.GetUtcNow());
        _jobs[job.Id] = job;
        _queue.Writer.TryWrite(job);
        return job;
    }

    public ImportJob? Find(Guid id)
    {
        ForgetExpired();
        return _jobs.GetValueOrDefault(id);
    }

    private void ForgetExpired()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, job) in _jobs)
        {
            if (job.FinishedAt is { } finished && now - finished >= KeptFor) _jobs.TryRemove(id, out _);
        }
    }
}

/// <summary>Takes jobs off the queue one at a time, imports them, and deletes their uploaded files afterwards.</summary>
public sealed class ImportJobRunner(
    ImportJobs jobs, ReturnChecks checks, IServiceScopeFactory scopes, IOptions<CouncilOptions> council,
    TimeProvider clock, ILogger<ImportJobRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DeleteAbandonedUploads();
        await foreach (var job in jobs.Queue.ReadAllAsync(stoppingToken))
        {
            await RunAsync(job, stoppingToken);
        }
    }

    private async Task RunAsync(ImportJob job, CancellationToken ct)
    {
        job.State = ImportJobState.Running;
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            var outcome = await ReturnImport.RunAsync(db, Open(job.Files), Open(job.PreviousFiles), job.Year, council.Value.Code,
                job.UserName, clock, new StageProgress(job), ct);
            job.Result = Summarise(outcome);
            job.State = ImportJobState.Finished;
            if (outcome.Imported) checks.Forget(job.Year);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The exception type only: messages can quote the files, which hold children's details.
            logger.LogError("Import job {JobId} failed: {ErrorType}", job.Id, e.GetType().Name);
            job.State = ImportJobState.Failed;
        }
        finally
        {
            job.FinishedAt = clock.GetUtcNow();
            try
            {
                Directory.Delete(job.Folder, recursive: true);
            }
            catch (IOException e)
            {
                logger.LogWarning("Could not delete the uploads of import job {JobId}: {ErrorType}", job.Id, e.GetType().Name);
            }
        }
    }

    /// <summary>Uploads left by an app stopped mid-import: jobs live in memory, so nothing will import them now.</summary>
    private void DeleteAbandonedUploads()
    {
        if (!Directory.Exists(ImportJobs.UploadRoot)) return;
        var cutoff = clock.GetUtcNow().UtcDateTime - ImportJobs.KeptFor;
        foreach (var folder in Directory.EnumerateDirectories(ImportJobs.UploadRoot))
        {
            try
            {
                if (Directory.GetLastWriteTimeUtc(folder) < cutoff) Directory.Delete(folder, recursive: true);
            }
            catch (IOException e)
            {
                logger.LogWarning("Could not delete abandoned uploads: {ErrorType}", e.GetType().Name);
            }
        }
    }

    private static List<(string Name, Func<Stream> Open)> Open(IReadOnlyList<UploadedFile> files) =>
        [.. files.Select(f => (f.Name, (Func<Stream>)(() => File.OpenRead(f.Path))))];

    private static ImportJobResult Summarise(ReturnImportOutcome outcome)
    {
        var problems = outcome.Read.Problems.Select(p => (p.File, p.Row, p.Column, p.Message))
            .Concat((outcome.Import?.Problems ?? []).Select(p => (p.File, (int?)p.Row, (string?)p.Column, p.Message)))
            .ToList();
        var import = outcome.Import;
        var validation = outcome.Validation;
        return new ImportJobResult(
            outcome.Imported, problems,
            import?.ChildrenCreated ?? 0, import?.ChildrenUpdated ?? 0,
            [.. (import?.Tables ?? new Dictionary<ReturnTable, TableImportCount>()).OrderBy(t => t.Key).Select(t => new ImportedTable(TableSchemas.For(t.Key).FileName, t.Value))],
            outcome.Read.Return.Children.Count,
            validation?.RulesRun.Count ?? 0, validation?.RulesNotRun.Count ?? 0, validation?.Errors.Count ?? 0,
            validation?.Errors.Select(e => e.Rule).Distinct().Count() ?? 0);
    }

    /// <summary>Reports straight onto the job (no synchronisation context to post to), for the page to read.</summary>
    private sealed class StageProgress(ImportJob job) : IProgress<ImportStage>
    {
        public void Report(ImportStage value) => job.Stage = value;
    }
}
