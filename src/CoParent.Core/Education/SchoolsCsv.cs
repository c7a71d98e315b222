namespace CoParent.Core.Education;

/// <summary>
/// Reads a CSV of establishments into <see cref="School"/>s: the GIAS download's column names or short ones. Pure: the
/// caller reads the file and saves; every error names the row (the header is row 1) and the column.
/// </summary>
public static class SchoolsCsv
{
    public enum Column { Urn, Name, Type, Phase, LaCode, LaName, Postcode, Ofsted }

    private static readonly Dictionary<string, Column> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["URN"] = Column.Urn,
        ["EstablishmentName"] = Column.Name, ["Name"] = Column.Name,
        ["TypeOfEstablishment (name)"] = Column.Type, ["EstablishmentType"] = Column.Type, ["Type"] = Column.Type,
        ["PhaseOfEducation (name)"] = Column.Phase, ["Phase"] = Column.Phase,
        ["LA (code)"] = Column.LaCode, ["LaCode"] = Column.LaCode, ["LA code"] = Column.LaCode,
        ["LA (name)"] = Column.LaName, ["LaName"] = Column.LaName, ["LA name"] = Column.LaName,
        ["Postcode"] = Column.Postcode,
        ["OfstedRating (name)"] = Column.Ofsted, ["Ofsted"] = Column.Ofsted, ["OfstedRating"] = Column.Ofsted,
    };

    private static readonly Column[] Required = [Column.Urn, Column.Name, Column.Type, Column.Phase, Column.LaCode, Column.LaName, Column.Postcode];

    public static string Describe(Column column) => column switch
    {
        Column.Urn => "URN",
        Column.Name => "name",
        Column.Type => "establishment type",
        Column.Phase => "phase",
        Column.LaCode => "LA code",
        Column.LaName => "LA name",
        Column.Postcode => "postcode",
        _ => "Ofsted rating",
    };

    /// <summary>Which column index holds each field; errors name the missing columns.</summary>
    public static (IReadOnlyDictionary<Column, int> Columns, IReadOnlyList<string> Errors) MapHeaders(IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<Column, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (Names.TryGetValue(headers[i].Trim(), out var column)) columns.TryAdd(column, i);
        }
        var errors = Required.Where(c => !columns.ContainsKey(c))
            .Select(c => $"Row 1: the file has no {Describe(c)} column (expected a header such as {Names.First(n => n.Value == c).Key})")
            .ToList();
        return (columns, errors);
    }

    /// <summary>One data row as a school, or null with the errors added.</summary>
    public static School? ParseRow(IReadOnlyDictionary<Column, int> columns, IReadOnlyList<string> fields, int rowNumber, List<string> errors)
    {
        string Get(Column c) => columns.TryGetValue(c, out var i) && i < fields.Count ? fields[i].Trim() : "";
        var before = errors.Count;
        void Error(Column c, string message) => errors.Add($"Row {rowNumber}, {Describe(c)}: {message}");

        var urn = Get(Column.Urn);
        if (urn.Length != 6 || !urn.All(char.IsAsciiDigit)) Error(Column.Urn, $"\"{urn}\" is not a URN: a URN is 6 digits");
        var name = Get(Column.Name);
        if (name.Length == 0) Error(Column.Name, "enter the school's name");
        else if (name.Length > 200) Error(Column.Name, "must be 200 characters or fewer");
        var type = Get(Column.Type);
        if (type.Length > 100) Error(Column.Type, "must be 100 characters or fewer");
        var phase = ParsePhase(Get(Column.Phase));
        if (phase is null) Error(Column.Phase, $"\"{Get(Column.Phase)}\" is not a phase: use Nursery, Primary, Middle deemed primary, Secondary, Middle deemed secondary, All-through, 16 plus or Not applicable");
        var laCode = Get(Column.LaCode);
        if (laCode.Length != 3 || !laCode.All(char.IsAsciiDigit)) Error(Column.LaCode, $"\"{laCode}\" is not an LA code: an LA code is 3 digits, like 881");
        var laName = Get(Column.LaName);
        if (laName.Length == 0) Error(Column.LaName, "enter the local authority's name");
        else if (laName.Length > 100) Error(Column.LaName, "must be 100 characters or fewer");
        var postcode = Get(Column.Postcode).ToUpperInvariant();
        if (postcode.Length > 8) Error(Column.Postcode, $"\"{postcode}\" is not a postcode");
        var ofstedText = Get(Column.Ofsted);
        var ofsted = ParseOfsted(ofstedText);
        if (ofstedText.Length > 0 && ofsted is null && !IsNoRating(ofstedText))
        {
            Error(Column.Ofsted, $"\"{ofstedText}\" is not an Ofsted rating: use Outstanding, Good, Requires improvement, Inadequate or leave it empty");
        }

        if (errors.Count > before) return null;
        return new School
        {
            Urn = urn, Name = name, EstablishmentType = type, Phase = phase!.Value, LaCode = laCode, LaName = laName,
            Postcode = postcode.Length == 0 ? null : postcode, OfstedRating = ofsted,
        };
    }

    public static SchoolPhase? ParsePhase(string text) => Squash(text) switch
    {
        "notapplicable" or "" => SchoolPhase.NotApplicable,
        "nursery" => SchoolPhase.Nursery,
        "primary" => SchoolPhase.Primary,
        "middledeemedprimary" => SchoolPhase.MiddleDeemedPrimary,
        "secondary" => SchoolPhase.Secondary,
        "middledeemedsecondary" => SchoolPhase.MiddleDeemedSecondary,
        "allthrough" => SchoolPhase.AllThrough,
        "16plus" or "sixteenplus" => SchoolPhase.SixteenPlus,
        _ => null,
    };

    public static OfstedRating? ParseOfsted(string text) => Squash(text) switch
    {
        "outstanding" or "1" => OfstedRating.Outstanding,
        "good" or "2" => OfstedRating.Good,
        "requiresimprovement" or "3" => OfstedRating.RequiresImprovement,
        "inadequate" or "seriousweaknesses" or "specialmeasures" or "4" => OfstedRating.Inadequate,
        _ => null,
    };

    private static bool IsNoRating(string text) => Squash(text) is "notinspected" or "none" or "notapplicable" or "nodata";

    private static string Squash(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    public static string Label(SchoolPhase phase) => phase switch
    {
        SchoolPhase.MiddleDeemedPrimary => "Middle deemed primary",
        SchoolPhase.MiddleDeemedSecondary => "Middle deemed secondary",
        SchoolPhase.AllThrough => "All-through",
        SchoolPhase.SixteenPlus => "16 plus",
        SchoolPhase.NotApplicable => "Not applicable",
        _ => phase.ToString(),
    };

    public static string Label(OfstedRating? rating) => rating switch
    {
        OfstedRating.RequiresImprovement => "Requires improvement",
        null => "Not known",
        _ => rating.Value.ToString(),
    };

    /// <summary>Copies the imported fields onto an existing school; true when something changed. The designated teacher contact is kept.</summary>
    public static bool Update(School existing, School imported)
    {
        var changed = existing.Name != imported.Name || existing.EstablishmentType != imported.EstablishmentType || existing.Phase != imported.Phase
            || existing.LaCode != imported.LaCode || existing.LaName != imported.LaName || existing.Postcode != imported.Postcode
            || existing.OfstedRating != imported.OfstedRating;
        if (!changed) return false;
        existing.Name = imported.Name;
        existing.EstablishmentType = imported.EstablishmentType;
        existing.Phase = imported.Phase;
        existing.LaCode = imported.LaCode;
        existing.LaName = imported.LaName;
        existing.Postcode = imported.Postcode;
        existing.OfstedRating = imported.OfstedRating;
        return true;
    }
}
