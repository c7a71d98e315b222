using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Data.Demo;

namespace CoParent.Web.Tests.Ssda903;

/// <summary>The generated return is what a careful council would send: every table filled, every DfE rule passed.</summary>
public class DemoReturnTests
{
    private static readonly (Ssda903Return Current, Ssda903Return Previous) Years = DemoReturn.GenerateYears(new DemoReturnOptions(Children: 1100, Year: 2027), "E10000012");
    private static Ssda903Return Generated => Years.Current;

    [Fact]
    public void DemoReturn_ValidatesCleanAgainstEveryRuleOfTheYear()
    {
        var report = ReturnValidator.Validate(new RuleContext(Generated, "E10000012") { Previous = Years.Previous });

        var summary = string.Join(Environment.NewLine, report.ByRule().Select(r =>
            $"{r.Rule.Code}: {r.Rows} rows, e.g. {string.Join(", ", report.Errors.Where(e => e.Rule == r.Rule.Code).Take(3).Select(e => $"{e.Table} row {e.Row} child {e.Child}"))}"));
        Assert.True(report.IsClean, summary);
        Assert.All(report.RulesNotRun, r => Assert.True(r.Rule.UsesProviders, $"{r.Rule.Code} did not run: {r.Reason}"));
    }

    [Fact]
    public void DemoReturn_LastYearsReturnValidatesCleanForItsOwnYear()
    {
        var report = ReturnValidator.Validate(new RuleContext(Years.Previous, "E10000012"));

        Assert.True(report.IsClean, string.Join(", ", report.ByRule().Select(r => $"{r.Rule.Code}: {r.Rows}")));
    }

    [Fact]
    public void DemoReturn_FillsEveryTableButDeprivationOfLibertyOrders()
    {
        foreach (var schema in TableSchemas.ForYear(2027).Where(t => t.Table != ReturnTable.DoLo))
        {
            Assert.True(Generated.Table(schema.Table)!.Rows.Count > 0, $"{schema.FileName} has no rows.");
        }
    }

    [Fact]
    public void DemoReturn_SameSeed_SameRows()
    {
        var again = DemoReturn.Generate(new DemoReturnOptions(Children: 1100, Year: 2027), "E10000012");

        Assert.Equal(Generated.Episodes.Select(e => string.Join(",", e.ToFields())), again.Episodes.Select(e => string.Join(",", e.ToFields())));
    }
}
