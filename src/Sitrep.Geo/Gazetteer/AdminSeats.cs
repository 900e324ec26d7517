using Sitrep.Core.Contract;

namespace Sitrep.Geo.Gazetteer;

/// <summary>Capitals from the gazetteer: each country's (PPLC) and each first-order division's (PPLA), the most
/// populous when several qualify. Backs the event coder's note-mode <c>AdminSeat</c>.</summary>
public sealed class AdminSeats
{
    private readonly Dictionary<string, int> _seats = new(StringComparer.Ordinal);
    private readonly Gazetteer _gazetteer;

    public AdminSeats(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        for (var i = 0; i < gazetteer.Count; i++)
        {
            var e = gazetteer[i];
            var key = e.FeatureCode switch
            {
                "PPLC" => e.Country,
                "PPLA" when e.Admin1Name is { } admin1 => e.Country + "|" + admin1,
                _ => null,
            };
            if (key is null) continue;
            if (!_seats.TryGetValue(key, out var old) || gazetteer[old].Population < e.Population) _seats[key] = i;
        }
    }

    private static readonly Lazy<AdminSeats> SharedInstance = new(() => new AdminSeats(Geoparser.Shared.Gazetteer));

    public static AdminSeats Shared => SharedInstance.Value;

    /// <summary>The capital of <paramref name="admin1"/> in <paramref name="iso2"/>, or of the country when
    /// <paramref name="admin1"/> is null; null when the gazetteer has none.</summary>
    public PlaceRecord? Seat(string iso2, string? admin1)
    {
        if (!_seats.TryGetValue(admin1 is null ? iso2 : iso2 + "|" + admin1, out var i)) return null;
        var e = _gazetteer[i];
        return new PlaceRecord
        {
            Text = e.Name, Name = e.Name, GeonamesId = e.GeonamesId, Lat = Math.Round(e.Lat, 5), Lon = Math.Round(e.Lon, 5),
            Country = e.Country, Admin1 = e.Admin1Name, FeatureCode = e.FeatureCode, Precision = "city",
        };
    }
}
