namespace Sitrep.Core.Geography;

/// <summary>Distances on the Earth, shared by every stage that compares two points (dedup, evaluation, geoparsing),
/// so that a "within 25 km" means the same everywhere.</summary>
public static class GeoMath
{
    /// <summary>IUGG mean Earth radius.</summary>
    public const double MeanEarthRadiusKm = 6371.0088;

    /// <summary>Half the equatorial circumference: the largest error geoparsing evaluations count (an unresolved
    /// toponym scores it) and the scale of their log-error curve.</summary>
    public const double HalfCircumferenceKm = 20039;

    /// <summary>Great-circle distance in km between two points given in degrees (haversine).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = lat1 * Math.PI / 180;
        var p2 = lat2 * Math.PI / 180;
        var dp = p2 - p1;
        var dl = (lon2 - lon1) * Math.PI / 180;
        var h = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        // Rounding can push h a hair above 1 for antipodal points; Asin would then return NaN.
        return 2 * MeanEarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
