namespace CoParent.Core.Ssda903.Returns;

/// <summary>
/// Makes a typed row from a table's cells in the table's column order (blank cells as null). Code cells
/// go through <paramref name="code"/>, which upper-cases and shares repeated strings so a national-size return
/// holds one copy of each code; child identifiers go through <paramref name="child"/> for the same reason.
/// </summary>
public static class RowFactory
{
    public static ReturnRow Create(ReturnTable table, string?[] f, int row, Func<string?, string?> code, Func<string?, string> child)
    {
        var id = child(f[0]);
        return table switch
        {
            ReturnTable.Header => new HeaderRow
            {
                Child = id, Row = row, Sex = code(f[1]), Dob = f[2], Ethnic = code(f[3]), Upn = code(f[4]), Mother = code(f[5]), McDob = f[6],
            },
            ReturnTable.Episodes => new EpisodeRow
            {
                Child = id, Row = row, Decom = f[1], Rne = code(f[2]), Ls = code(f[3]), Cin = code(f[4]), Place = code(f[5]),
                PlaceProvider = code(f[6]), Dec = f[7], Rec = code(f[8]), ReasonPlaceChange = code(f[9]), HomePost = f[10],
                PlPost = f[11], Urn = code(f[12]),
            },
            ReturnTable.Uasc => new UascRow { Child = id, Row = row, Sex = code(f[1]), Dob = f[2], Duc = f[3] },
            ReturnTable.Reviews => new ReviewRow { Child = id, Row = row, Dob = f[1], Review = f[2], ReviewCode = code(f[3]) },
            ReturnTable.OC2 => new Oc2Row
            {
                Child = id, Row = row, Dob = f[1], SdqScore = f[2], SdqReason = code(f[3]), Convicted = code(f[4]),
                HealthCheck = code(f[5]), Immunisations = code(f[6]), TeethCheck = code(f[7]), HealthAssessment = code(f[8]),
                SubstanceMisuse = code(f[9]), InterventionReceived = code(f[10]), InterventionOffered = code(f[11]),
            },
            ReturnTable.OC3 => new Oc3Row { Child = id, Row = row, Dob = f[1], InTouch = code(f[2]), Activ = code(f[3]), Accom = code(f[4]) },
            ReturnTable.AD1 => new Ad1Row
            {
                Child = id, Row = row, Dob = f[1], DateInt = f[2], DateMatch = f[3], FosterCare = code(f[4]), NbAdoptr = code(f[5]),
                SexAdoptr = code(f[6]), LsAdoptr = code(f[7]),
            },
            ReturnTable.PlacedAdoption => new PlacedAdoptionRow
            {
                Child = id, Row = row, Dob = f[1], DatePlaced = f[2], DatePlacedCeased = f[3], ReasonPlacedCeased = code(f[4]),
            },
            ReturnTable.PrevPerm => new PrevPermRow { Child = id, Row = row, Dob = f[1], PrevPerm = code(f[2]), LaPerm = code(f[3]), DatePerm = code(f[4]) },
            ReturnTable.Missing => new MissingRow { Child = id, Row = row, Dob = f[1], Missing = code(f[2]), MisStart = f[3], MisEnd = f[4] },
            ReturnTable.SWEpisodes => new SwEpisodeRow
            {
                Child = id, Row = row, Dob = f[1], SwId = f[2], SwDecom = f[3], SwDec = f[4], SwReason = code(f[5]),
            },
            ReturnTable.DoLo => new DoloRow { Child = id, Row = row, Dob = f[1], DoloStart = f[2], DoloEnd = f[3] },
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };
    }

    /// <summary>Upper-cases a code without sharing: for tests and one-off rows.</summary>
    public static string? PlainCode(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();

    public static string PlainChild(string? value) => value?.Trim() ?? "";
}
