namespace CoParent.Core.Education;

/// <summary>What a commitment of Pupil Premium Plus is made against: the target, its PEP and the child's year so far.</summary>
public sealed record PupilPremiumCommitment(
    PupilPremiumAllocationKind Kind,
    decimal? Amount,
    string? Purpose,
    int? SchoolId,
    PupilPremiumTargetFacts? Target,
    decimal? Rate,
    decimal AlreadyCommittedForChild,
    bool CommittedByHead,
    bool ExceptionConfirmed);

/// <summary>The PEP target money is asked for against, and the PEP's state.</summary>
public sealed record PupilPremiumTargetFacts(int TargetId, int ChildId, PepStatus PepStatus, decimal? Requested);

/// <summary>
/// The ledger's rules. Money goes to a school only for a target of a PEP the Virtual School has approved (its
/// quality assurance: use must be linked to the PEP, measures.md §6); a child's year cannot go over the grant per
/// child unless the Virtual School Head agrees, as the Head manages the grant and may pool it.
/// </summary>
public static class PupilPremiumLedger
{
    public static IReadOnlyList<(string Field, string Message)> Check(PupilPremiumCommitment c)
    {
        var errors = new List<(string, string)>();
        if (c.Amount is null) errors.Add(("Amount", "Enter the amount in pounds"));
        else if (c.Amount <= 0) errors.Add(("Amount", "The amount must be more than £0"));
        else if (decimal.Round(c.Amount.Value, 2) != c.Amount.Value) errors.Add(("Amount", "The amount must be in pounds and pence, like 450 or 450.50"));
        if (string.IsNullOrWhiteSpace(c.Purpose)) errors.Add(("Purpose", "Enter what the money is for"));
        else if (c.Purpose.Length > 500) errors.Add(("Purpose", "What the money is for must be 500 characters or fewer"));
        if (c.Rate is null) errors.Add(("Amount", "There is no Pupil Premium Plus rate for this financial year: the Virtual School Head adds it first"));

        if (c.Kind == PupilPremiumAllocationKind.PassedToSchool)
        {
            if (c.Target is null) errors.Add(("PepTargetId", "Select the PEP target the money is for"));
            else if (c.Target.PepStatus != PepStatus.Approved)
                errors.Add(("PepTargetId", "Pupil Premium Plus goes to a school only for a target in a PEP the Virtual School has approved"));
            if (c.SchoolId is null) errors.Add(("PepTargetId", "The child has no current school to pass the money to"));
        }

        if (c.Amount is > 0 && c.Rate is not null && c.AlreadyCommittedForChild + c.Amount.Value > c.Rate.Value && !(c.CommittedByHead && c.ExceptionConfirmed))
        {
            errors.Add(("ExceptionConfirmed", c.CommittedByHead
                ? $"This takes the child's total for the year to {Money(c.AlreadyCommittedForChild + c.Amount.Value)}, over the rate of {Money(c.Rate.Value)}: confirm the exception to go ahead"
                : $"This takes the child's total for the year to {Money(c.AlreadyCommittedForChild + c.Amount.Value)}, over the rate of {Money(c.Rate.Value)}: only the Virtual School Head can agree an exception"));
        }
        return errors;
    }

    /// <summary>Spending cannot be more than was committed, nor dated before it was committed or after today.</summary>
    public static IReadOnlyList<(string Field, string Message)> CheckSpending(
        decimal committed, DateOnly committedOn, decimal? spent, DateOnly? spentOn, string? onWhat, DateOnly today)
    {
        var errors = new List<(string, string)>();
        if (spent is null) errors.Add(("SpentAmount", "Enter the amount spent in pounds"));
        else if (spent < 0) errors.Add(("SpentAmount", "The amount spent cannot be less than £0"));
        else if (spent > committed) errors.Add(("SpentAmount", $"The amount spent cannot be more than the {Money(committed)} committed"));
        if (spentOn is null) errors.Add(("SpentOn", "Enter the date the money was spent"));
        else if (spentOn > today) errors.Add(("SpentOn", "The date spent must be today or in the past"));
        else if (spentOn < committedOn) errors.Add(("SpentOn", "The date spent must be on or after the date the money was committed"));
        if (string.IsNullOrWhiteSpace(onWhat)) errors.Add(("SpentOnWhat", "Enter what the money was spent on"));
        else if (onWhat.Length > 500) errors.Add(("SpentOnWhat", "What the money was spent on must be 500 characters or fewer"));
        return errors;
    }

    public static string Money(decimal amount) =>
        amount.ToString(amount == decimal.Truncate(amount) ? "£#,##0" : "£#,##0.00", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>
/// Who the council's grant is worked out for (measures.md §12, "PP+ allocation basis"): children looked after for at least
/// one day in the SSDA903 year to the 31 March before the financial year, aged 4 to 15 on the 31 August in that year
/// (Reception to Year 11). The DfE's current technical note is not confirmed (marked U there), so this is the council's
/// estimate of its allocation, not the DfE's figure.
/// </summary>
public static class PupilPremiumGrant
{
    /// <summary>The SSDA903 year the count is taken from: 1 April to 31 March before the financial year.</summary>
    public static Measures.MeasurePeriod ReturnYear(int financialYear) => new(new DateOnly(financialYear - 1, 4, 1), new DateOnly(financialYear, 3, 31));

    /// <summary>Aged 4 to 15 on 31 August of the return year's start: born 1 September 17 years before to 31 August 5 years before.</summary>
    public static (DateOnly From, DateOnly To) BornBetween(int financialYear) => (new DateOnly(financialYear - 17, 9, 1), new DateOnly(financialYear - 5, 8, 31));

    public static bool IsEligible(DateOnly dateOfBirth, IEnumerable<(DateOnly Start, DateOnly? End)> episodes, int financialYear)
    {
        var (from, to) = BornBetween(financialYear);
        var returnYear = ReturnYear(financialYear);
        return dateOfBirth >= from && dateOfBirth <= to && episodes.Any(e => returnYear.Overlaps(e.Start, e.End));
    }
}
