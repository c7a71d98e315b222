using CoParent.Data.Strategy;

namespace CoParent.Data.Education;

/// <summary>
/// The attainment comparisons import, kept for <c>coparent attainment comparisons import</c>: attainment figures
/// are comparison figures like any other measure's, so it is <see cref="ComparisonFigureImporter"/> and its one
/// default file.
/// </summary>
public static class AttainmentComparisonImporter
{
    public static Stream OpenDefaults() => ComparisonFigureImporter.OpenDefaults();

    public static Task<ComparisonFigureImporter.Result> ImportAsync(CoParentDbContext db, Stream csv, CancellationToken ct = default) =>
        ComparisonFigureImporter.ImportAsync(db, csv, ct);
}
