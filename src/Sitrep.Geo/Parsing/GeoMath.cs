namespace Sitrep.Geo.Parsing;

public static class GeoMath
{
    public const double HalfCircumferenceKm = 20039;

    /// <summary>Great-circle distance in km (haversine, mean Earth radius).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2) =>
        Sitrep.Core.Geography.GeoMath.DistanceKm(lat1, lon1, lat2, lon2);
}
