using Sitrep.Core.Contract;
using Sitrep.Core.Geography;

namespace Sitrep.Store.Dedup;

/// <summary>Whether two reports (from different articles) describe the same happening; see docs/dedup.md.
/// All four must hold: same family, compatible dates, compatible places, compatible actors.</summary>
public static class DedupRules
{
    /// <summary>Two point locations (city or finer) farther apart than this are different happenings.</summary>
    public const double MaxPointDistanceKm = 10;
    /// <summary>One report's city may be the other's district (admin2): the district's centroid can be this far.</summary>
    public const double MaxAreaDistanceKm = 40;
    /// <summary>Day-precise dates may differ by one day (overnight attacks, time zones, "yesterday" in late copy).</summary>
    public const int DayTolerance = 1;
    /// <summary>Candidate search window in degrees of latitude (~110 km): wider than any distance rule, and wide enough
    /// for most province centroids when one report is only at admin1 level.</summary>
    public const double CandidateLatitudeWindow = 1.0;

    /// <summary>The same ~110 km east-west at latitude <paramref name="lat"/> (degrees of longitude shrink towards the
    /// poles); 360 (no limit) beyond 80°.</summary>
    public static double CandidateLongitudeWindow(double lat) =>
        Math.Abs(lat) > 80 ? 360 : CandidateLatitudeWindow / Math.Cos(lat * Math.PI / 180);

    public static bool SameHappening(EventRecord a, DateWindow aDates, EventRecord b, DateWindow bDates) =>
        Score(a, aDates, b, bDates) is not null;

    /// <summary>Null when the two are different happenings, else a distance-like score (lower = closer match).</summary>
    public static double? Score(EventRecord a, DateWindow aDates, EventRecord b, DateWindow bDates)
    {
        if (EventFamily.Of(a.Cameo) != EventFamily.Of(b.Cameo))
        {
            return null;
        }
        if (a.Plover is { } pa && b.Plover is { } pb && !PloverCompatible(pa, pb))
        {
            return null;
        }
        if (!aDates.Overlaps(bDates, DayTolerance))
        {
            return null;
        }
        var place = PlaceScore(a.Location, b.Location);
        if (place is null)
        {
            return null;
        }
        var actors = ActorScore(a, b);
        if (actors is null)
        {
            return null;
        }
        var dateGap = Math.Abs(aDates.Earliest.DayNumber - bDates.Earliest.DayNumber);
        return place.Value + actors.Value + dateGap;
    }

    /// <summary>PLOVER types that outlets use for the same violent happening.</summary>
    private static bool PloverCompatible(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IsViolent(a) && IsViolent(b);

        static bool IsViolent(string p) => p.ToUpperInvariant() is "ASSAULT" or "FIGHT" or "AGGRESS" or "COERCE";
    }

    private static int PrecisionRank(string? precision) => precision switch
    {
        "neighbourhood" => 0,
        "city" => 1,
        "admin2" => 2,
        "admin1" => 3,
        "country" => 4,
        _ => 1,
    };

    public static int LocationRank(LocationRecord? l) => l is null ? 5 : PrecisionRank(l.Precision);

    /// <summary>Km-like cost, or null when the places cannot be the same.</summary>
    private static double? PlaceScore(LocationRecord? a, LocationRecord? b)
    {
        if (a?.Country is { } ca && b?.Country is { } cb && !string.Equals(ca, cb, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var ra = LocationRank(a);
        var rb = LocationRank(b);
        var coarsest = Math.Max(ra, rb);
        if (a?.Lat is { } latA && a.Lon is { } lonA && b?.Lat is { } latB && b.Lon is { } lonB && coarsest <= 2)
        {
            var km = GeoMath.DistanceKm(latA, lonA, latB, lonB);
            var limit = coarsest <= 1 ? MaxPointDistanceKm : MaxAreaDistanceKm;
            return km <= limit ? km : null;
        }
        if (coarsest <= 3 && a?.Admin1 is { } admA && b?.Admin1 is { } admB)
        {
            // Province-level report: the same admin1 is the finest agreement we can check.
            return string.Equals(admA, admB, StringComparison.OrdinalIgnoreCase) ? 15 : null;
        }
        if (a?.GeonamesId is { } ga && b?.GeonamesId is { } gb)
        {
            return ga == gb ? 0 : null;
        }
        if (a?.Name is { } na && b?.Name is { } nb)
        {
            return string.Equals(na, nb, StringComparison.OrdinalIgnoreCase) ? 5 : null;
        }
        // Only a country (or nothing) on one side: too vague to merge on place alone — demand a country match.
        return a?.Country is not null && b?.Country is not null ? 30 : null;
    }

    /// <summary>Cost of pairing the actors (as written, or swapped for symmetric fights), or null if they clash.</summary>
    private static double? ActorScore(EventRecord a, EventRecord b)
    {
        var straight = PairCost(a.Actor1, b.Actor1) + PairCost(a.Actor2, b.Actor2);
        if (straight < Clash)
        {
            return straight;
        }
        if (EventFamily.Of(a.Cameo) == "18-20")
        {
            var swapped = PairCost(a.Actor1, b.Actor2) + PairCost(a.Actor2, b.Actor1);
            if (swapped < Clash)
            {
                return swapped;
            }
        }
        return null;
    }

    private const double Clash = 1000;

    private static double PairCost(ActorRecord? x, ActorRecord? y)
    {
        if (x is null || y is null)
        {
            return 2; // one report does not name this side: no evidence either way
        }
        if (x.Code is { Length: > 0 } cx && y.Code is { Length: > 0 } cy)
        {
            if (cx == cy)
            {
                return 0;
            }
            if (cx.StartsWith(cy, StringComparison.Ordinal) || cy.StartsWith(cx, StringComparison.Ordinal))
            {
                return 1; // "SYR" vs "SYRMIL": one outlet is less specific
            }
        }
        if (x.Name is { } nx && y.Name is { } ny && string.Equals(nx, ny, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        var countryKnown = x.Country is not null && y.Country is not null;
        var roleKnown = x.Role is not null && y.Role is not null;
        if (countryKnown && !string.Equals(x.Country, y.Country, StringComparison.OrdinalIgnoreCase))
        {
            return Clash;
        }
        if (roleKnown && !RolesCompatible(x.Role!, y.Role!))
        {
            return Clash;
        }
        return countryKnown || roleKnown ? 1.5 : 3;
    }

    /// <summary>Armed state forces are written "army", "forces", "regime", "government": MIL, GOV and COP blur.</summary>
    private static bool RolesCompatible(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IsState(a) && IsState(b) || IsNonState(a) && IsNonState(b);

        static bool IsState(string r) => r is "MIL" or "GOV" or "COP" or "SPY";
        static bool IsNonState(string r) => r is "REB" or "INS" or "OPP" or "SEP" or "UAF";
    }
}
