using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;

namespace CoParent.Core.Tests.Ssda903;

/// <summary>
/// Builds small returns in code and runs one rule over them. Every table of the year is present (possibly
/// empty), so a rule can run unless a test leaves a table out on purpose. Rows are numbered within their
/// table in the order given, as a file would number them.
/// </summary>
public static class RuleTestKit
{
    public const string Council = "E10000012";

    public static Ssda903Return Return(int year, params ReturnRow[] rows)
    {
        var result = new Ssda903Return(new CollectionYear(year));
        foreach (var schema in TableSchemas.ForYear(year)) result.AddTable(schema.Table, schema.FileName);
        var counters = new Dictionary<ReturnTable, int>();
        foreach (var row in rows)
        {
            var n = counters[row.Table] = counters.GetValueOrDefault(row.Table) + 1;
            result.Add(row.Row == 0 ? row with { Row = n } : row);
        }
        return result;
    }

    /// <summary>Runs one rule and returns what it flagged; fails the test if the rule could not run.</summary>
    public static IReadOnlyList<ValidationError> Run(Rule rule, Ssda903Return current, Ssda903Return? previous = null, IOfstedProviders? providers = null)
    {
        var context = new RuleContext(current, Council) { Previous = previous, Providers = providers };
        var report = ReturnValidator.Validate(context, [rule]);
        Assert.True(report.RulesNotRun.Count == 0, report.RulesNotRun.Count == 0 ? null : report.RulesNotRun[0].Reason);
        return report.Errors;
    }

    /// <summary>The (table, row) pairs a rule flagged, for compact assertions.</summary>
    public static IReadOnlyList<(ReturnTable Table, int Row)> Flagged(Rule rule, Ssda903Return current, Ssda903Return? previous = null, IOfstedProviders? providers = null) =>
        Run(rule, current, previous, providers).Select(e => (e.Table, e.Row)).ToList();

    // Rows that pass most rules, for tests to change one field with `with { … }`.
    public static HeaderRow Header(string child = "C1", string dob = "15/06/2012", string sex = "M") =>
        new() { Child = child, Sex = sex, Dob = dob, Ethnic = "WBRI", Upn = "A123456789012", Mother = null };

    public static EpisodeRow Episode(string child = "C1", string decom = "01/05/2026", string? dec = null, string rne = "S", string ls = "C2", string place = "U4") =>
        new()
        {
            Child = child, Decom = decom, Dec = dec, Rne = rne, Ls = ls, Cin = "N1", Place = place, PlaceProvider = "PR1",
            Rec = dec is null ? null : "E8", ReasonPlaceChange = null, HomePost = "CM1 1AA", PlPost = "CM2 0AA", Urn = "SC123456",
            PlLa = Council, PlLocation = "IN", PlDistance = 2.1, HomePostKnown = true, PlPostKnown = true,
        };
}
