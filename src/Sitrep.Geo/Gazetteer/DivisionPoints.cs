namespace Sitrep.Geo.Gazetteer;

/// <summary>Collects a division's populated places and gives it the middle of their bounding box, and their summed
/// population (so the ranker sees how big a division is). The box middle was compared with the plain,
/// population-weighted and median means and two blends on the public split (MODELS.md): GeoNames' division points sit
/// near a division's geographic middle, which population pulls towards its cities.</summary>
internal sealed class DivisionPoints
{
    private readonly Dictionary<string, List<(double Lat, double Lon, long Pop)>> _places = new(StringComparer.Ordinal);

    public void Add(string code, double lat, double lon, long population)
    {
        if (!_places.TryGetValue(code, out var list)) _places[code] = list = [];
        list.Add((lat, lon, population));
    }

    public bool TryGet(string code, out double lat, out double lon, out long population)
    {
        lat = lon = 0;
        population = 0;
        if (!_places.TryGetValue(code, out var list) || list.Count == 0) return false;
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        foreach (var (la, lo, pop) in list)
        {
            minLat = Math.Min(minLat, la); maxLat = Math.Max(maxLat, la);
            minLon = Math.Min(minLon, lo); maxLon = Math.Max(maxLon, lo);
            population += pop;
        }
        (lat, lon) = ((minLat + maxLat) / 2, (minLon + maxLon) / 2);
        return true;
    }
}
