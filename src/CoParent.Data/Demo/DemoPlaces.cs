using CoParent.Core.Geography;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Demo;

/// <summary>
/// Real postcodes, held in memory once so that PL_LA, PL_LOCATION and PL_DISTANCE can be worked out for
/// every generated episode without a query each (the same arithmetic as <see cref="ReferenceData.PostcodeBook"/>).
/// </summary>
internal sealed class DemoPostcodes
{
    /// <summary>Essex's neighbours: Southend, Thurrock, Suffolk, Hertfordshire, Cambridgeshire, Kent.</summary>
    public static readonly string[] NeighbouringAuthorities = ["E06000033", "E06000034", "E10000029", "E10000015", "E10000003", "E10000016"];

    private readonly Dictionary<string, string> _utlaByLtla;
    private readonly string _councilCode;

    private DemoPostcodes(
        string councilCode, Dictionary<string, string> utlaByLtla, Postcode[] inArea, Postcode[] neighbouring, Postcode[] far)
    {
        _councilCode = councilCode;
        _utlaByLtla = utlaByLtla;
        InArea = inArea;
        Neighbouring = neighbouring;
        Far = far;
        ByDistrict = inArea.GroupBy(p => p.LtlaCode).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Districts = [.. ByDistrict.Keys.Order(StringComparer.Ordinal)];
        NearHomes = neighbouring.Where(p => p.UtlaCode is "E06000033" or "E06000034").ToArray() is { Length: > 0 } near ? near : neighbouring;
    }

    public Postcode[] InArea { get; }
    public Postcode[] Neighbouring { get; }
    public Postcode[] Far { get; }
    public Postcode[] NearHomes { get; }
    public IReadOnlyDictionary<string, Postcode[]> ByDistrict { get; }
    public string[] Districts { get; }

    public static async Task<DemoPostcodes> LoadAsync(CoParentDbContext db, string councilCode, CancellationToken ct)
    {
        var utlaByLtla = await db.LocalAuthorities.AsNoTracking().ToDictionaryAsync(l => l.LtlaCode, l => l.UtlaCode, ct);
        var areas = NeighbouringAuthorities.Where(a => a != councilCode).ToArray();
        var inArea = await db.Postcodes.AsNoTracking().Where(p => p.UtlaCode == councilCode).ToListAsync(ct);
        var neighbouring = await db.Postcodes.AsNoTracking().Where(p => p.UtlaCode != null && areas.Contains(p.UtlaCode)).ToListAsync(ct);
        // A thin slice of everywhere else (about one postcode in twenty) is plenty for the few placed far
        // away, and stays small when a council has loaded the full ONS directory.
        var far = await db.Postcodes.AsNoTracking()
            .Where(p => EF.Functions.Like(p.Code, "%A") && (p.UtlaCode == null || (p.UtlaCode != councilCode && !areas.Contains(p.UtlaCode))))
            .ToListAsync(ct);
        return Create(councilCode, utlaByLtla, inArea, neighbouring, far);
    }

    /// <summary>The same split from the postcodes bundled with CoParent, with no database (for generating return files).</summary>
    public static DemoPostcodes FromBundled(string councilCode)
    {
        var utlaByLtla = ReferenceData.PostcodeImporter.BundledUpperTierByLowerTier();
        using var stream = ReferenceData.PostcodeImporter.OpenBundledPostcodes();
        var all = ReferenceData.PostcodeImporter.ReadPostcodes(stream).ToList();
        var areas = NeighbouringAuthorities.Where(a => a != councilCode).ToHashSet(StringComparer.Ordinal);
        return Create(councilCode, utlaByLtla,
            all.Where(p => p.UtlaCode == councilCode).ToList(),
            all.Where(p => p.UtlaCode is { } u && areas.Contains(u)).ToList(),
            all.Where(p => p.Code.EndsWith('A') && (p.UtlaCode is null || (p.UtlaCode != councilCode && !areas.Contains(p.UtlaCode)))).ToList());
    }

    private static DemoPostcodes Create(
        string councilCode, Dictionary<string, string> utlaByLtla, List<Postcode> inArea, List<Postcode> neighbouring, List<Postcode> far)
    {
        if (inArea.Count == 0)
        {
            throw new InvalidOperationException(
                $"There are no postcodes for the council's area ({councilCode}) in the database, so the demo council has nowhere to live. Load them with 'coparent postcodes import'.");
        }

        // Sorted here, not by the database, so that every provider hands out the same postcodes for a seed.
        static Postcode[] Sorted(List<Postcode> list) => [.. list.OrderBy(p => p.Code, StringComparer.Ordinal).Select(Tidy)];
        // Postcodes of authorities created after 2021 have no PL_LA in the 2021 lookup; leave them out.
        var farSorted = Sorted(far).Where(p => PlacementLocation.PlacementLa(p, l => utlaByLtla.GetValueOrDefault(l)) is not null).ToArray();
        return new DemoPostcodes(councilCode, utlaByLtla, Sorted(inArea), Sorted(neighbouring), farSorted.Length > 0 ? farSorted : Sorted(neighbouring));
    }

    /// <summary>The usual written form, outward and inward codes apart ("CM15 0XP", not the directory's "CM150XP").</summary>
    private static Postcode Tidy(Postcode p)
    {
        p.Display = p.Code.Length > 3 ? $"{p.Code[..^3]} {p.Code[^3..]}" : p.Code;
        return p;
    }

    public static Postcode Pick(Postcode[] from, Random random) => from[random.Next(from.Length)];

    /// <summary>A postcode for a placement of the given reach, for a child whose home is <paramref name="home"/>.</summary>
    public Postcode ForPlacement(Reach reach, Postcode home, Random random)
    {
        var x = random.NextDouble();
        if (x < reach.InArea)
        {
            if (random.NextDouble() < reach.NearHome && ByDistrict.TryGetValue(home.LtlaCode, out var district)) return Pick(district, random);
            return Pick(InArea, random);
        }
        if (x < reach.InArea + reach.Neighbouring && Neighbouring.Length > 0) return Pick(Neighbouring, random);
        return Pick(Far, random);
    }

    public string? PlacementLa(Postcode placement) => PlacementLocation.PlacementLa(placement, l => _utlaByLtla.GetValueOrDefault(l));

    public string? Location(string? placementLa) => PlacementLocation.Location(placementLa, _councilCode);
}

/// <summary>A placement as the episodes record it: type, provider, where, Ofsted URN, and who.</summary>
internal sealed record DemoPlacement(
    PlacementKind Kind, string Place, string? Provider, Postcode? Postcode, string? Urn, string? CarerName, int CarerId);

/// <summary>A registered setting several children may live in over the years (children's homes, supported accommodation).</summary>
internal sealed record DemoSetting(string Name, string Urn, string Provider, Postcode Postcode);

/// <summary>The council's services, fostering agencies, children's homes and supported accommodation.</summary>
internal sealed class DemoProviders
{
    private static readonly string[] InstitutionNames = ["Kingsmead", "Fenwick", "Ashcombe"];
    private readonly HashSet<string> _urns = new(StringComparer.Ordinal);
    private readonly Random _random;

    public DemoProviders(Random random, DemoPostcodes postcodes, DemoDistributions d, int childrenInCare)
    {
        _random = random;
        CouncilFosteringUrn = NewUrn();
        CouncilAdoptionUrn = NewUrn();
        Agencies = DemoNames.AgencyNames.Select(name => (Name: name, Urn: NewUrn())).ToArray();
        ChildrensHomes = Enumerable.Range(0, Math.Max(12, childrenInCare / 30))
            .Select(_ => NewSetting(d.ChildrensHomeProvider, d.ResidentialReach, postcodes, "children's home")).ToArray();
        SupportedAccommodation = Enumerable.Range(0, Math.Max(8, childrenInCare / 40))
            .Select(_ => NewSetting(d.SupportedAccommodationProvider, d.SupportedAccommodationReach, postcodes, "supported accommodation")).ToArray();
        YoungOffenderInstitutions = InstitutionNames
            .Select(name => new DemoSetting($"{name} young offender institution", "", "PR3", DemoPostcodes.Pick(postcodes.Far, random))).ToArray();
    }

    public string CouncilFosteringUrn { get; }
    public string CouncilAdoptionUrn { get; }
    public (string Name, string Urn)[] Agencies { get; }
    public DemoSetting[] ChildrensHomes { get; }
    public DemoSetting[] SupportedAccommodation { get; }
    public DemoSetting[] YoungOffenderInstitutions { get; }

    private DemoSetting NewSetting(Weighted<string> providers, Reach reach, DemoPostcodes postcodes, string what)
    {
        var provider = providers.Pick(_random);
        // Rule 1015: the council's own provision outside foster care must be in its own area.
        var postcode = provider == "PR1"
            ? DemoPostcodes.Pick(postcodes.InArea, _random)
            : postcodes.ForPlacement(reach, DemoPostcodes.Pick(postcodes.InArea, _random), _random);
        var name = $"{DemoNames.PlaceWords[_random.Next(DemoNames.PlaceWords.Length)]} {DemoNames.PlaceSuffixes[_random.Next(DemoNames.PlaceSuffixes.Length)]} {what}";
        return new DemoSetting(char.ToUpperInvariant(name[0]) + name[1..], NewUrn(), provider, postcode);
    }

    /// <summary>A fictional seven-digit Ofsted unique reference number.</summary>
    private string NewUrn()
    {
        while (true)
        {
            var urn = _random.Next(1_000_000, 10_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_urns.Add(urn)) return urn;
        }
    }
}
