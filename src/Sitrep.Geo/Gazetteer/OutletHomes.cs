using Sitrep.Core;

namespace Sitrep.Geo.Gazetteer;

/// <summary>News outlets' home places (<c>models/geo/outlets.tsv</c>, written from general knowledge of the papers):
/// a local paper's "Dublin" is its own state's Dublin, and the article's URL is often the only clue to that state.</summary>
public sealed class OutletHomes
{
    public const string DefaultRelativePath = "geo/outlets.tsv";

    public static readonly OutletHomes None = new([]);

    private readonly Dictionary<string, int> _homeByHost;

    private OutletHomes(Dictionary<string, int> homeByHost) => _homeByHost = homeByHost;

    public int Count => _homeByHost.Count;

    /// <summary>The committed table resolved against <paramref name="gazetteer"/>; no table, no homes.</summary>
    public static OutletHomes LoadDefault(Gazetteer gazetteer) =>
        ModelFiles.Find(DefaultRelativePath) is { } path ? Load(path, gazetteer) : None;

    /// <summary>Reads host / place / country / admin1 rows; a row the gazetteer cannot place is an error, so a typo
    /// in the table does not silently drop an outlet.</summary>
    public static OutletHomes Load(string path, Gazetteer gazetteer)
    {
        var homes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != 4) throw new SitrepException($"{path}: expected 4 tab-separated columns in '{line}'");
            var entry = Find(gazetteer, cols[1], cols[2], cols[3]);
            if (entry < 0) throw new SitrepException($"{path}: the gazetteer has no {cols[1]} in {cols[2]}/{cols[3]}");
            homes[cols[0]] = entry;
        }
        return new OutletHomes(homes);
    }

    /// <summary>The most prominent populated place (else division) of that name in the country and admin1 ("-": any).</summary>
    private static int Find(Gazetteer gazetteer, string name, string country, string admin1)
    {
        var fallback = -1;
        foreach (var i in gazetteer.Lookup(name))
        {
            var e = gazetteer[i];
            if (e.Country != country) continue;
            if (admin1 != "-" && (e.Admin1Id < 0 || gazetteer.Admin1Code(e.Admin1Id) != country + "." + admin1)) continue;
            if (e.Kind == PlaceKind.Place && e.FeatureClass == 'P') return i;
            if (fallback < 0) fallback = i;
        }
        return fallback;
    }

    /// <summary>Gazetteer entry of the home of the outlet that published <paramref name="url"/> (a URL or a bare
    /// host; "news.postbulletin.com" finds "postbulletin.com"), or -1.</summary>
    public int HomeOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || _homeByHost.Count == 0) return -1;
        var host = url.AsSpan().Trim();
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) host = host[(scheme + 3)..];
        var end = host.IndexOfAny('/', ':', '?');
        if (end >= 0) host = host[..end];
        var lookup = _homeByHost.GetAlternateLookup<ReadOnlySpan<char>>();
        while (true)
        {
            if (lookup.TryGetValue(host, out var home)) return home;
            var dot = host.IndexOf('.');
            // Down to the last two labels ("example.com"); a bare top-level domain is no outlet.
            if (dot < 0 || host[(dot + 1)..].IndexOf('.') < 0) return -1;
            host = host[(dot + 1)..];
        }
    }
}
