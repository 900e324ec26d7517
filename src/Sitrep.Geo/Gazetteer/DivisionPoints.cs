namespace Sitrep.Geo.Gazetteer;

/// <summary>How a division (admin1/admin2) without a GeoNames point gets one from its populated places.</summary>
public enum DivisionPointRule
{
    /// <summary>Middle of the places' bounding box.</summary>
    BoxMiddle,
    /// <summary>Plain mean of the places' points.</summary>
    Mean,
    /// <summary>Population-weighted mean.</summary>
    PopulationMean,
    /// <summary>Coordinate-wise median of the places.</summary>
    Median,
    /// <summary>Average of the box middle and the coordinate-wise median.</summary>
    BoxMedianBlend,
    /// <summary>Average of the box middle and the plain mean.</summary>
    BoxMeanBlend,
}

/// <summary>Collects a division's populated places and turns them into one point under a <see cref="DivisionPointRule"/>;
/// also sums their population, so the ranker sees how big a division is.</summary>
internal sealed class DivisionPoints
{
    private readonly Dictionary<string, List<(double Lat, double Lon, long Pop)>> _places = new(StringComparer.Ordinal);

    public void Add(string code, double lat, double lon, long population)
    {
        if (!_places.TryGetValue(code, out var list)) _places[code] = list = [];
        list.Add((lat, lon, population));
    }

    public bool TryGet(string code, DivisionPointRule rule, out double lat, out double lon, out long population)
    {
        lat = lon = 0;
        population = 0;
        if (!_places.TryGetValue(code, out var list) || list.Count == 0) return false;
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180, sumLat = 0, sumLon = 0, wLat = 0, wLon = 0, w = 0;
        foreach (var (la, lo, pop) in list)
        {
            minLat = Math.Min(minLat, la); maxLat = Math.Max(maxLat, la);
            minLon = Math.Min(minLon, lo); maxLon = Math.Max(maxLon, lo);
            sumLat += la; sumLon += lo;
            // +500 so that places listed without a population still count (cities500's floor is 500).
            var weight = Math.Max(pop, 0) + 500.0;
            wLat += la * weight; wLon += lo * weight; w += weight;
            population += pop;
        }
        switch (rule)
        {
            case DivisionPointRule.BoxMiddle:
                (lat, lon) = ((minLat + maxLat) / 2, (minLon + maxLon) / 2);
                break;
            case DivisionPointRule.Mean:
                (lat, lon) = (sumLat / list.Count, sumLon / list.Count);
                break;
            case DivisionPointRule.PopulationMean:
                (lat, lon) = (wLat / w, wLon / w);
                break;
            case DivisionPointRule.Median:
                (lat, lon) = Median(list);
                break;
            case DivisionPointRule.BoxMeanBlend:
                (lat, lon) = (((minLat + maxLat) / 2 + sumLat / list.Count) / 2, ((minLon + maxLon) / 2 + sumLon / list.Count) / 2);
                break;
            default:
                var (mLat, mLon) = Median(list);
                (lat, lon) = (((minLat + maxLat) / 2 + mLat) / 2, ((minLon + maxLon) / 2 + mLon) / 2);
                break;
        }
        return true;
    }

    private static (double Lat, double Lon) Median(List<(double Lat, double Lon, long Pop)> list)
    {
        var lats = new double[list.Count];
        var lons = new double[list.Count];
        for (var i = 0; i < list.Count; i++) (lats[i], lons[i]) = (list[i].Lat, list[i].Lon);
        Array.Sort(lats);
        Array.Sort(lons);
        return (lats[lats.Length / 2], lons[lons.Length / 2]);
    }
}
