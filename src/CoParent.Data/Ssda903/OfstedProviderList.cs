using System.Globalization;
using System.Text;
using CoParent.Core.Ssda903.Validation;
using Sylvan.Data.Csv;

namespace CoParent.Data.Ssda903;

/// <summary>
/// Ofsted's lists of children's homes and social care providers, saved as one CSV, for the URN rules
/// (219, 221, 224, 227, 228, 229, 1008). Columns are found by name whatever Ofsted's spelling of the year
/// ("Provider type" or "provider_type", "Setting postcode" or "Postcode"); only URN is required.
/// </summary>
public sealed class OfstedProviderList : IOfstedProviders
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];

    private readonly Dictionary<string, OfstedProvider> _providers;

    private OfstedProviderList(Dictionary<string, OfstedProvider> providers) => _providers = providers;

    static OfstedProviderList() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public int Count => _providers.Count;

    public OfstedProvider? Find(string urn) =>
        _providers.GetValueOrDefault(urn.Trim().ToUpperInvariant());

    public static OfstedProviderList Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary>Reads the list; throws <see cref="InvalidDataException"/> with a plain message when it has no URN column.</summary>
    public static OfstedProviderList Read(Stream csv)
    {
        using var reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var data = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, MaxBufferSize = 1 << 20 });
        var names = Enumerable.Range(0, data.FieldCount).Select(i => Squash(data.GetName(i))).ToList();
        int Column(params string[] candidates)
        {
            foreach (var candidate in candidates)
            {
                var index = names.IndexOf(candidate);
                if (index >= 0) return index;
            }
            return -1;
        }

        var urn = Column("urn");
        if (urn < 0) throw new InvalidDataException("The provider list has no URN column. Its first row must be the column names, including URN.");
        var type = Column("providertype", "type", "settingtype", "placementprovidercode", "providercode");
        var postcode = Column("postcode", "settingpostcode", "settingaddresspostcode", "providerpostcode");
        var registered = Column("registrationdate", "registereddate", "registeredon", "registrationstatusdate", "dateregistered");
        var closed = Column("closuredate", "closeddate", "closedon", "deregistrationdate", "dateclosed");
        var la = Column("localauthority", "la", "lacode", "localauthoritycode");
        var sector = Column("sector", "providersector", "ownershiptype");

        string? Cell(int index) => index >= 0 && index < data.RowFieldCount && data.GetString(index).Trim() is { Length: > 0 } value ? value : null;

        var providers = new Dictionary<string, OfstedProvider>(StringComparer.Ordinal);
        while (data.Read())
        {
            var id = Cell(urn)?.ToUpperInvariant();
            if (id is null) continue;
            // Ofsted writes provider types and sectors in words; the URN rules compare SSDA903 codes.
            providers[id] = new OfstedProvider(id, OfstedProviderCodes.PlacementCodes(Cell(type)), Cell(postcode), Date(Cell(registered)), Date(Cell(closed)),
                Cell(la), OfstedProviderCodes.ProviderCodes(Cell(sector)));
        }
        return new OfstedProviderList(providers);
    }

    private static string Squash(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static DateOnly? Date(string? text)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        return DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? DateOnly.FromDateTime(time) : null;
    }
}
