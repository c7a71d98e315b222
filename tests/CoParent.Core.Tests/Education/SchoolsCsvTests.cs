using CoParent.Core.Education;

namespace CoParent.Core.Tests.Education;

public sealed class SchoolsCsvTests
{
    [Fact]
    public void ParseRow_GiasColumnNames_ReadsTheSchool()
    {
        // Arrange
        var (columns, headerErrors) = SchoolsCsv.MapHeaders(
            ["URN", "EstablishmentName", "TypeOfEstablishment (name)", "PhaseOfEducation (name)", "LA (code)", "LA (name)", "Postcode", "OfstedRating (name)"]);
        var errors = new List<string>();

        // Act
        var school = SchoolsCsv.ParseRow(columns, ["912345", "Brookfield Primary School", "Academy converter", "Primary", "881", "Essex", "cm1 1aa", "Requires improvement"], 2, errors);

        // Assert
        Assert.Empty(headerErrors);
        Assert.Empty(errors);
        Assert.NotNull(school);
        Assert.Equal("912345", school.Urn);
        Assert.Equal(SchoolPhase.Primary, school.Phase);
        Assert.Equal("CM1 1AA", school.Postcode);
        Assert.Equal(OfstedRating.RequiresImprovement, school.OfstedRating);
    }

    [Fact]
    public void MapHeaders_MissingColumn_NamesIt()
    {
        var (_, errors) = SchoolsCsv.MapHeaders(["URN", "Name", "Type", "Phase", "LaCode", "LaName"]);

        Assert.Equal(["Row 1: the file has no postcode column (expected a header such as Postcode)"], errors);
    }

    [Fact]
    public void ParseRow_BadUrnAndPhase_NamesTheRowAndField()
    {
        var (columns, _) = SchoolsCsv.MapHeaders(["URN", "Name", "Type", "Phase", "LaCode", "LaName", "Postcode"]);
        var errors = new List<string>();

        var school = SchoolsCsv.ParseRow(columns, ["12A", "Brookfield", "Academy", "Junior", "881", "Essex", ""], 7, errors);

        Assert.Null(school);
        Assert.Contains("Row 7, URN: \"12A\" is not a URN: a URN is 6 digits", errors);
        Assert.Contains(errors, e => e.StartsWith("Row 7, phase:", StringComparison.Ordinal));
    }
}
