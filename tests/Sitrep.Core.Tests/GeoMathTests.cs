using Sitrep.Core.Geography;

namespace Sitrep.Core.Tests;

public class GeoMathTests
{
    [Fact]
    public void Known_city_pairs_are_at_their_great_circle_distance()
    {
        // Paris (48.8566, 2.3522) – London (51.5074, -0.1278): 343.6 km on the mean-radius sphere.
        Assert.InRange(GeoMath.DistanceKm(48.8566, 2.3522, 51.5074, -0.1278), 343, 344.5);
        // Aleppo – Damascus, about 310 km.
        Assert.InRange(GeoMath.DistanceKm(36.2021, 37.1343, 33.5138, 36.2765), 300, 320);
    }

    [Fact]
    public void Same_point_is_zero_and_order_does_not_matter()
    {
        Assert.Equal(0, GeoMath.DistanceKm(36.2, 37.16, 36.2, 37.16));
        Assert.Equal(GeoMath.DistanceKm(10, 20, -30, 40), GeoMath.DistanceKm(-30, 40, 10, 20), 9);
    }

    [Fact]
    public void Across_the_antimeridian_and_to_the_antipode()
    {
        // 179.5°E to 179.5°W on the equator is one degree of longitude, not 359.
        Assert.InRange(GeoMath.DistanceKm(0, 179.5, 0, -179.5), 111, 111.4);
        // Antipodes: half the circumference, never NaN.
        Assert.Equal(Math.PI * GeoMath.MeanEarthRadiusKm, GeoMath.DistanceKm(45, 10, -45, -170), 6);
    }
}
