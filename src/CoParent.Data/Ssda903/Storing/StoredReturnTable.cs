using CoParent.Core.Ssda903.Returns;

namespace CoParent.Data.Ssda903.Storing;

/// <summary>
/// One table of an imported return, kept as its CSV file (gzip) so that next year's rules can compare with
/// last year's return exactly as it was submitted. Replaced when the year is imported again.
/// </summary>
public class StoredReturnTable
{
    public int Id { get; set; }

    /// <summary>The collection year, named by the year it ends.</summary>
    public int CollectionYear { get; set; }

    public ReturnTable Table { get; set; }

    /// <summary>The file name the rows came from, so errors found later name the same file.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The table written as the DfE's CSV (<see cref="Ssda903Writer"/>), gzip-compressed.</summary>
    public byte[] Content { get; set; } = [];

    public DateTime ImportedAtUtc { get; set; }
}
