namespace CoParent.Core.Education;

/// <summary>
/// The grant's year: Pupil Premium Plus is paid per financial year, 1 April to 31 March (measures.md §6), not per
/// academic year. A year is named by the calendar year it starts in (2025 for 2025-26).
/// </summary>
public static class FinancialYear
{
    public static int Containing(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    public static DateOnly Start(int startYear) => new(startYear, 4, 1);
    public static DateOnly End(int startYear) => new(startYear + 1, 3, 31);

    /// <summary>"2025-26".</summary>
    public static string Label(int startYear) => $"{startYear}-{(startYear + 1) % 100:00}";
}

/// <summary>The Pupil Premium Plus grant per child looked after for one financial year: a setting, as the DfE publishes a new rate each year.</summary>
public class PupilPremiumRate
{
    /// <summary>The calendar year the financial year starts in (2025 for 2025-26); the key.</summary>
    public int FinancialYear { get; set; }

    public decimal AmountPerChild { get; set; }

    /// <summary>The rates known when this was written (measures.md §6); the Virtual School Head adds later years.</summary>
    public static readonly IReadOnlyList<PupilPremiumRate> Published =
    [
        new() { FinancialYear = 2023, AmountPerChild = 2530m },
        new() { FinancialYear = 2024, AmountPerChild = 2570m },
        new() { FinancialYear = 2025, AmountPerChild = 2630m },
    ];
}

public enum PupilPremiumAllocationKind
{
    /// <summary>Passed to the child's school against a target in an approved PEP.</summary>
    PassedToSchool = 1,

    /// <summary>Kept by the Virtual School for its own interventions (tutoring, training), for one child or for the central pool.</summary>
    HeldCentrally = 2,
}

/// <summary>
/// One line of the Virtual School's Pupil Premium Plus ledger: money committed from a financial year's grant, either
/// passed to a school for a PEP target or held centrally, and what was spent. The Virtual School Head manages the
/// grant and its use must be linked to the child's PEP targets (DfE conditions of grant, measures.md §6).
/// </summary>
public class PupilPremiumAllocation
{
    public int Id { get; set; }

    /// <summary>Null for the central pool (an intervention for many children, such as training designated teachers).</summary>
    public int? ChildId { get; set; }

    public int FinancialYear { get; set; }
    public decimal Amount { get; set; }
    public PupilPremiumAllocationKind Kind { get; set; }

    /// <summary>The school the money is passed to (required when <see cref="Kind"/> is PassedToSchool).</summary>
    public int? SchoolId { get; set; }
    public School? School { get; set; }

    /// <summary>The PEP target the money is for (required when passed to a school; optional when held for one child).</summary>
    public int? PepTargetId { get; set; }
    public PepTarget? PepTarget { get; set; }

    public string Purpose { get; set; } = "";
    public DateOnly CommittedOn { get; set; }
    public string CommittedByUserId { get; set; } = "";

    /// <summary>The Virtual School Head who agreed to go over the year's rate for the child, when this allocation did.</summary>
    public string? ExceptionConfirmedByUserId { get; set; }

    public decimal? SpentAmount { get; set; }
    public DateOnly? SpentOn { get; set; }
    public string? SpentOnWhat { get; set; }
    public string? SpendingRecordedByUserId { get; set; }
}
