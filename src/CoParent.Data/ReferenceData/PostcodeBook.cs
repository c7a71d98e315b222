using CoParent.Core.CareEpisodes;
using CoParent.Core.Geography;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.ReferenceData;

/// <summary>
/// Works out an episode's derived PL_LA, PL_LOCATION and PL_DISTANCE from the postcode tables.
/// </summary>
public sealed class PostcodeBook(CoParentDbContext db, string councilCode)
{
    private readonly Dictionary<string, Postcode?> _cache = new();
    private Dictionary<string, string>? _utlaByLtla;

    public async Task<Postcode?> FindAsync(string? postcode, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(postcode)) return null;
        var code = Postcode.Normalise(postcode);
        if (!_cache.TryGetValue(code, out var found))
        {
            found = await db.Postcodes.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, ct);
            _cache[code] = found;
        }
        return found;
    }

    public async Task DeriveAsync(CareEpisode episode, CancellationToken ct = default)
    {
        _utlaByLtla ??= await db.LocalAuthorities.AsNoTracking().ToDictionaryAsync(l => l.LtlaCode, l => l.UtlaCode, ct);
        var home = await FindAsync(episode.HomePost, ct);
        var placement = await FindAsync(episode.PlPost, ct);
        episode.PlLa = placement is null ? null : PlacementLocation.PlacementLa(placement, l => _utlaByLtla.GetValueOrDefault(l));
        episode.PlLocation = PlacementLocation.Location(episode.PlLa, councilCode);
        episode.PlDistance = home is not null && placement is not null ? PlacementLocation.DistanceMiles(home, placement) : null;
    }
}
