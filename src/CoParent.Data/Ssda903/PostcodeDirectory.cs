using CoParent.Core.Geography;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Sylvan.Data.Csv;

namespace CoParent.Data.Ssda903;

/// <summary>
/// The ONS postcode directory held in memory, to work out every episode's derived PL_LA, PL_LOCATION and
/// PL_DISTANCE (ssda903.md §4) in one pass: a national return has 160,000 episodes, far too many to look up
/// one query at a time. Lookups ignore case and spaces, as the DfE's do.
/// </summary>
public sealed class PostcodeDirectory
{
    private readonly Dictionary<string, Postcode> _postcodes;
    private readonly Dictionary<string, Postcode>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Dictionary<string, string> _utlaByLtla;

    public PostcodeDirectory(IEnumerable<Postcode> postcodes, IReadOnlyDictionary<string, string> utlaByLtla)
    {
        _postcodes = new Dictionary<string, Postcode>(StringComparer.Ordinal);
        foreach (var postcode in postcodes) _postcodes[Postcode.Normalise(postcode.Code)] = postcode;
        _bySpan = _postcodes.GetAlternateLookup<ReadOnlySpan<char>>();
        _utlaByLtla = new Dictionary<string, string>(utlaByLtla, StringComparer.Ordinal);
    }

    public int Count => _postcodes.Count;

    /// <summary>The directory shipped with CoParent (the sample of the ONSPD in data/reference); needs no database.</summary>
    public static PostcodeDirectory LoadBundled()
    {
        using var postcodes = PostcodeImporter.OpenBundledPostcodes();
        return new PostcodeDirectory(PostcodeImporter.ReadPostcodes(postcodes).ToList(), PostcodeImporter.BundledUpperTierByLowerTier());
    }

    /// <summary>The directory a council has imported into the database (the full ONSPD with <c>coparent postcodes import</c>).</summary>
    public static async Task<PostcodeDirectory> LoadAsync(CoParentDbContext db, CancellationToken ct = default)
    {
        var postcodes = await db.Postcodes.AsNoTracking().ToListAsync(ct);
        var authorities = await db.LocalAuthorities.AsNoTracking().ToDictionaryAsync(l => l.LtlaCode, l => l.UtlaCode, ct);
        return new PostcodeDirectory(postcodes, authorities);
    }

    /// <summary>The postcode, ignoring case and spaces; null when blank or not in the directory.</summary>
    public Postcode? Find(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode) || postcode.Length > 16) return null;
        Span<char> key = stackalloc char[16];
        var length = 0;
        foreach (var c in postcode)
        {
            if (char.IsWhiteSpace(c)) continue;
            key[length++] = char.ToUpperInvariant(c);
        }
        return _bySpan.TryGetValue(key[..length], out var found) ? found : null;
    }

    /// <summary>
    /// Sets every episode's derived fields. HomePostKnown and PlPostKnown say whether a postcode that was given
    /// is in the directory; they stay null for a blank postcode, which no lookup was made for.
    /// </summary>
    public void Derive(Ssda903Return @return, string councilCode)
    {
        var table = @return.Table(ReturnTable.Episodes);
        if (table is null) return;
        foreach (var row in table.Rows)
        {
            var episode = (EpisodeRow)row;
            var home = Find(episode.HomePost);
            var placement = Find(episode.PlPost);
            episode.HomePostKnown = string.IsNullOrWhiteSpace(episode.HomePost) ? null : home is not null;
            episode.PlPostKnown = string.IsNullOrWhiteSpace(episode.PlPost) ? null : placement is not null;
            episode.PlLa = placement is null ? null : PlacementLocation.PlacementLa(placement, UtlaOf);
            episode.PlLocation = PlacementLocation.Location(episode.PlLa, councilCode);
            episode.PlDistance = home is not null && placement is not null ? PlacementLocation.DistanceMiles(home, placement) : null;
        }
    }

    private string? UtlaOf(string ltla) => _utlaByLtla.GetValueOrDefault(ltla);
}
