using System.Collections.Frozen;

namespace CoParent.Core.Ssda903.Validation.Rules.Permanence;

/// <summary>Code sets and the DATE_PERM reading the previous-permanence rules share.</summary>
public static class PermanenceFacts
{
    /// <summary>PREV_PERM (ssda903.md §3): P1 adoption, P2 special guardianship, P3 residence/child arrangements, P4 unknown, Z1 none.</summary>
    public static readonly FrozenSet<string> PrevPermCodes = FrozenSet.ToFrozenSet(["P1", "P2", "P3", "P4", "Z1"], StringComparer.Ordinal);

    /// <summary>
    /// LA_PERM: the old-style three-digit LA codes the DfE lists (999 not known), plus WAL, SCO, NUK and NIR for
    /// orders made outside England.
    /// </summary>
    public static readonly FrozenSet<string> LaPermCodes = FrozenSet.ToFrozenSet(
        ("800 889 822 301 304 303 330 825 837 302 846 370 350 890 867 380 305 801 351 873 823 895 896 381 909 202 908 " +
         "331 306 841 830 831 878 371 835 332 840 307 308 811 881 845 390 916 203 876 850 311 204 884 312 205 313 805 " +
         "919 310 309 420 921 206 207 886 810 382 314 340 888 208 856 383 855 209 925 341 201 821 352 806 887 826 315 " +
         "929 812 391 926 892 813 802 928 891 392 316 815 353 931 879 836 851 874 807 354 317 870 318 372 857 333 935 " +
         "343 803 373 342 893 356 355 871 394 334 933 882 936 861 852 319 860 808 393 866 210 357 894 883 880 358 211 " +
         "937 869 320 359 865 384 335 336 212 868 872 885 344 877 213 938 816 999 WAL SCO NUK NIR")
        .Split(' '), StringComparer.Ordinal);

    /// <summary>
    /// Reads DATE_PERM, where the day, the month or the year may be unknown (ZZ, ZZ, ZZZZ; ssda903.md §1).
    /// Returns false when it is not such a date. <paramref name="latest"/> is the latest day it can mean, so a
    /// comparison never flags a date that could be right; it is null when the year is unknown.
    /// </summary>
    public static bool TryReadDatePerm(string text, out DateOnly? latest)
    {
        latest = null;
        var parts = text.Split('/');
        if (parts.Length != 3) return false;
        var (day, month, year) = (parts[0], parts[1], parts[2]);

        int? d = day == "ZZ" ? null : Number(day, 1, 2);
        int? m = month == "ZZ" ? null : Number(month, 1, 2);
        int? y = year == "ZZZZ" ? null : Number(year, 4, 4);
        if ((day != "ZZ" && d is null) || (month != "ZZ" && m is null) || (year != "ZZZZ" && y is null)) return false;
        if (m is < 1 or > 12 || d is < 1 or > 31) return false;

        var monthOrLatest = m ?? 12;
        var yearForCheck = y ?? 2000; // a leap year, so 29/02/ZZZZ is accepted
        var daysInMonth = DateTime.DaysInMonth(yearForCheck, monthOrLatest);
        if (d > daysInMonth) return false;
        if (y is { } knownYear) latest = new DateOnly(knownYear, monthOrLatest, d ?? daysInMonth);
        return true;
    }

    private static int? Number(string text, int minLength, int maxLength)
    {
        if (text.Length < minLength || text.Length > maxLength) return null;
        var value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return null;
            value = (value * 10) + (c - '0');
        }
        return value;
    }
}
