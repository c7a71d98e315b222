using CoParent.Core.Ssda903.Returns;

namespace CoParent.Web.Tests.Ssda903.Storing;

/// <summary>
/// Small, valid returns built in code for the storing tests. Children get identifiers no other test uses (the
/// fixture database is shared), and every table of the year is present, rows numbered as a file would number them.
/// </summary>
internal static class ReturnBuilder
{
    public static string NewChildId(string stem) => stem + Guid.NewGuid().ToString("N")[..(10 - stem.Length)].ToUpperInvariant();

    public static Ssda903Return Return(int year, params ReturnRow[] rows)
    {
        var result = new Ssda903Return(new CollectionYear(year));
        foreach (var schema in TableSchemas.ForYear(year)) result.AddTable(schema.Table, schema.FileName);
        var counters = new Dictionary<ReturnTable, int>();
        foreach (var row in rows)
        {
            var n = counters[row.Table] = counters.GetValueOrDefault(row.Table) + 1;
            result.Add(row with { Row = n });
        }
        return result;
    }

    public static HeaderRow Header(string child, string dob, string sex = "F") =>
        new() { Child = child, Sex = sex, Dob = dob, Ethnic = "WBRI", Upn = "A123456789012", Mother = "0" };

    public static EpisodeRow Episode(string child, string decom, string? dec = null, string? rec = null, string rne = "S", string ls = "C2", string place = "U4") =>
        new()
        {
            Child = child, Decom = decom, Dec = dec, Rec = rec, Rne = rne, Ls = ls, Cin = "N1", Place = place, PlaceProvider = "PR1",
            ReasonPlaceChange = dec is null ? null : "CARPL", HomePost = "CM1 1AA", PlPost = "CM2 0AA", Urn = "SC123456",
        };

    /// <summary>
    /// A 2026/27 return using every table, each child in the tables the DfE puts them in: A looked after all year
    /// (OC2, reviews, missing, social worker episodes, a mother), B starting care in the year (previous permanence,
    /// a decision to place for adoption, UASC, a DoLO), C adopted in the year (AD1), D a care leaver aged 19 (OC3 only).
    /// </summary>
    public static Ssda903Return Full2027(string a, string b, string c, string d) => Return(2027,
        Header(a, "03/05/2010") with { Mother = "1", McDob = "01/02/2026" },
        Header(b, "20/08/2012", "M") with { Upn = "UN4" },
        Header(c, "11/11/2021", "M") with { Upn = null, Ethnic = "MWBC" },
        Header(d, "10/10/2007") with { Upn = "UN3", Mother = null },
        Episode(a, "10/01/2025", "01/07/2026", "X1"),
        Episode(a, "01/07/2026", rne: "P", place: "K2") with { Urn = "SC765432" },
        Episode(b, "01/06/2026", ls: "V2"),
        Episode(c, "01/02/2025", "15/11/2026", "E11", ls: "E1", place: "A5") with { PlaceProvider = "PR1", ReasonPlaceChange = null, Urn = null },
        new UascRow { Child = b, Sex = "M", Dob = "20/08/2012", Duc = "19/08/2030" },
        new ReviewRow { Child = a, Dob = "03/05/2010", Review = "15/05/2026", ReviewCode = "PN1" },
        new ReviewRow { Child = a, Dob = "03/05/2010", Review = "10/11/2026", ReviewCode = "PN2" },
        new ReviewRow { Child = b, Dob = "20/08/2012", Review = "01/07/2026", ReviewCode = "PN6" },
        new Oc2Row
        {
            Child = a, Dob = "03/05/2010", SdqScore = "12", SdqReason = null, Convicted = "0", HealthCheck = "1", Immunisations = "1",
            TeethCheck = "1", HealthAssessment = "1", SubstanceMisuse = "0", InterventionReceived = null, InterventionOffered = null,
        },
        new Oc3Row { Child = d, Dob = "10/10/2007", InTouch = "YES", Activ = "F2", Accom = "U1" },
        new Ad1Row
        {
            Child = c, Dob = "11/11/2021", DateInt = "01/03/2025", DateMatch = "01/07/2026", FosterCare = "0", NbAdoptr = "2",
            SexAdoptr = "MF", LsAdoptr = "L11",
        },
        new PlacedAdoptionRow { Child = b, Dob = "20/08/2012", DatePlaced = "01/09/2026", DatePlacedCeased = "01/02/2027", ReasonPlacedCeased = "RD1" },
        new PrevPermRow { Child = b, Dob = "20/08/2012", PrevPerm = "P2", LaPerm = null, DatePerm = "ZZ/ZZ/2019" },
        new MissingRow { Child = a, Dob = "03/05/2010", Missing = "M", MisStart = "04/06/2026", MisEnd = "05/06/2026" },
        new MissingRow { Child = a, Dob = "03/05/2010", Missing = "A", MisStart = "20/12/2026", MisEnd = null },
        new SwEpisodeRow { Child = a, Dob = "03/05/2010", SwId = "SW100", SwDecom = "01/01/2026", SwDec = "30/09/2026", SwReason = "MANAGE" },
        new SwEpisodeRow { Child = a, Dob = "03/05/2010", SwId = "SW200", SwDecom = "30/09/2026", SwDec = null, SwReason = "LEFTRL" },
        new DoloRow { Child = b, Dob = "20/08/2012", DoloStart = "01/10/2026", DoloEnd = "01/01/2027" });

    /// <summary>Each table's rows for these children only, as CSV cells, in a fixed order.</summary>
    public static Dictionary<ReturnTable, List<string>> RowsOf(Ssda903Return ret, IReadOnlySet<string> children) =>
        ret.Tables.ToDictionary(
            t => t.Schema.Table,
            t => t.Rows.Where(r => children.Contains(r.Child))
                .Select(r => string.Join(",", r.ToFields().Select(f => f ?? "")))
                .Order(StringComparer.Ordinal)
                .ToList());
}
