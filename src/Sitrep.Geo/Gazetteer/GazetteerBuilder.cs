using System.Globalization;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Geo.Gazetteer;

/// <summary>Builds a <see cref="Gazetteer"/> from a GeoNames dump, the admin1/admin2 code tables, a country list
/// (world-countries JSON) and our curated TSV. Admin and country points come from GeoNames where the dump has the
/// division itself (allCountries); otherwise admin points are the middle of the division's places' bounding box,
/// which sits near GeoNames' own centroid-like points, and country points come from the curated table or the
/// country list.</summary>
public sealed class GazetteerBuilder
{
    private sealed class Draft
    {
        public long Id;
        public string Name = "";
        public double Lat, Lon;
        public long Population;
        public char FeatureClass;
        public string FeatureCode = "";
        public PlaceKind Kind;
        public string Country = "";
        public string Admin1 = "";
        public readonly HashSet<string> Keys = [];
        public bool HasPoint;
    }

    private readonly List<Draft> _drafts = [];
    private readonly Dictionary<long, int> _byId = [];
    private readonly Dictionary<string, int> _admin1ByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countryByCode = new(StringComparer.Ordinal);
    private readonly List<(string Key, string Country)> _demonyms = [];
    private readonly HashSet<char> _keepClasses;

    /// <summary>Malformed dump lines seen so far (line number, problem).</summary>
    public List<(int Line, string Problem)> Malformed { get; } = [];

    public int MaxAlternateNames { get; init; } = 60;

    /// <param name="keepClasses">Feature classes kept from a dump (P populated places, A divisions, …); the full
    /// allCountries dump holds 12 million rows, most of them hills and wells that news never names.</param>
    public GazetteerBuilder(string keepClasses = "PA")
    {
        _keepClasses = [.. keepClasses];
    }

    public int Count => _drafts.Count;

    /// <summary>Streams a GeoNames dump; only kept classes stay in memory.</summary>
    public void AddDump(string path, Action<int, string>? onMalformed = null)
    {
        foreach (var row in GeonamesDumpReader.Read(path, (line, problem) =>
                 {
                     Malformed.Add((line, problem));
                     onMalformed?.Invoke(line, problem);
                 }))
        {
            AddRow(row);
        }
    }

    public void AddRows(IEnumerable<GeonamesRow> rows)
    {
        foreach (var row in rows) AddRow(row);
    }

    private void AddRow(GeonamesRow row)
    {
        if (!_keepClasses.Contains(row.FeatureClass) || _byId.ContainsKey(row.Id))
        {
            return;
        }
        var kind = row.FeatureClass == 'A'
            ? row.FeatureCode switch
            {
                "ADM1" => PlaceKind.Admin1,
                "ADM2" => PlaceKind.Admin2,
                _ when row.FeatureCode.StartsWith("PCL", StringComparison.Ordinal) => PlaceKind.Country,
                _ => PlaceKind.Place,
            }
            : row.FeatureCode is "CONT" ? PlaceKind.Region : PlaceKind.Place;
        var d = new Draft
        {
            Id = row.Id, Name = row.Name, Lat = row.Lat, Lon = row.Lon, Population = row.Population,
            FeatureClass = row.FeatureClass, FeatureCode = row.FeatureCode, Kind = kind, Country = row.Country,
            Admin1 = row.Admin1.Length > 0 ? row.Country + "." + row.Admin1 : "", HasPoint = true,
        };
        AddKey(d, row.Name);
        AddKey(d, row.AsciiName);
        if (row.AlternateNames.Length > 0)
        {
            var taken = 0;
            foreach (var alt in row.AlternateNames.Split(','))
            {
                if (taken >= MaxAlternateNames) break;
                // Short codes (IATA "ALP", "SY") and non-Latin spellings would only add false matches.
                if (alt.Length < 3 || !NameKey.IsLatin(alt) || alt.Any(char.IsDigit)) continue;
                if (AddKey(d, alt)) taken++;
            }
        }
        Register(d);
        if (row.FeatureClass == 'P')
        {
            NoteAdmin2(row.Country, row.Admin1, row.Admin2, row.Lat, row.Lon, row.Population);
        }
    }

    private void Register(Draft d)
    {
        _byId[d.Id] = _drafts.Count;
        _drafts.Add(d);
    }

    private static bool AddKey(Draft d, string name)
    {
        var key = NameKey.Fold(name);
        if (key.Length < 2) return false;
        var added = d.Keys.Add(key);
        // "Al Anbar" is usually written "Anbar", "Muhafazat Karbala'" just "Karbala".
        foreach (var prefix in (ReadOnlySpan<string>)["al ", "an ", "ar ", "as ", "ash ", "ad ", "el ", "muhafazat "])
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length + 3)
            {
                d.Keys.Add(key[prefix.Length..]);
            }
        }
        return added;
    }

    /// <summary>Adds "X Governorate" / "Yaroslavl Oblast" style names also without their generic word.</summary>
    private static void AddAdminKeys(Draft d, string name)
    {
        AddKey(d, name);
        var key = NameKey.Fold(name);
        foreach (var word in AdminWords.Generic)
        {
            if (key.EndsWith(" " + word, StringComparison.Ordinal) && key.Length > word.Length + 3)
            {
                AddKey(d, key[..^(word.Length + 1)]);
            }
            if (key.StartsWith(word + " ", StringComparison.Ordinal) && key.Length > word.Length + 3)
            {
                AddKey(d, WithoutConnector(key[(word.Length + 1)..]));
            }
        }
    }

    /// <summary>"of Antrim", "du Soum", "de la Tapoa", "des Balé" (Burkina Faso's "Province du Soum" is written "Soum").</summary>
    private static string WithoutConnector(string rest)
    {
        foreach (var connector in (ReadOnlySpan<string>)["of ", "de la ", "du ", "des ", "de "])
        {
            if (rest.StartsWith(connector, StringComparison.Ordinal) && rest.Length > connector.Length + 1) return rest[connector.Length..];
        }
        return rest;
    }

    /// <summary>admin1CodesASCII.txt: <c>CC.CODE, name, ascii name, geonameid</c>.</summary>
    public void AddAdmin1Codes(string path) => AddAdminCodes(path, PlaceKind.Admin1);

    /// <summary>admin2Codes.txt: <c>CC.ADM1.ADM2, name, ascii name, geonameid</c>.</summary>
    public void AddAdmin2Codes(string path) => AddAdminCodes(path, PlaceKind.Admin2);

    private void AddAdminCodes(string path, PlaceKind kind)
    {
        RequireFile(path);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 4 || !long.TryParse(cols[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ||
                cols[0].Split('.') is not { Length: >= 2 } code)
            {
                Malformed.Add((lineNumber, $"{Path.GetFileName(path)}: expected 'CC.CODE<TAB>name<TAB>ascii<TAB>geonameid'"));
                continue;
            }
            var admin1 = code[0] + "." + code[1];
            if (_byId.TryGetValue(id, out var existing))
            {
                // The dump already holds the division with its GeoNames point: keep that, add the names.
                var e = _drafts[existing];
                e.Kind = kind;
                e.Admin1 = admin1;
                AddAdminKeys(e, cols[1]);
                AddAdminKeys(e, cols[2]);
                if (kind == PlaceKind.Admin1) _admin1ByCode[admin1] = existing;
                continue;
            }
            var d = new Draft
            {
                Id = id, Name = cols[1], FeatureClass = 'A', FeatureCode = kind == PlaceKind.Admin1 ? "ADM1" : "ADM2",
                Kind = kind, Country = code[0], Admin1 = admin1,
            };
            AddAdminKeys(d, cols[1]);
            AddAdminKeys(d, cols[2]);
            if (kind == PlaceKind.Admin1) _admin1ByCode[admin1] = _drafts.Count;
            Register(d);
            if (kind == PlaceKind.Admin2) _admin2Codes[_drafts.Count - 1] = cols[0];
        }
    }

    private readonly Dictionary<int, string> _admin2Codes = [];

    /// <summary>world-countries JSON: names, official names, alternative spellings, demonyms, alpha-2/alpha-3.</summary>
    public void AddCountries(string path)
    {
        RequireFile(path);
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var cca2 = c.GetProperty("cca2").GetString() ?? "";
            if (cca2.Length != 2) continue;
            var common = c.GetProperty("name").GetProperty("common").GetString() ?? cca2;
            var d = new Draft
            {
                Id = 0, Name = common, FeatureClass = 'A', FeatureCode = "PCLI", Kind = PlaceKind.Country, Country = cca2,
            };
            if (c.TryGetProperty("latlng", out var ll) && ll.GetArrayLength() == 2)
            {
                d.Lat = ll[0].GetDouble();
                d.Lon = ll[1].GetDouble();
                d.HasPoint = true;
            }
            if (!(c.TryGetProperty("independent", out var ind) && ind.ValueKind == JsonValueKind.True))
            {
                d.FeatureCode = "PCLD";
            }
            AddKey(d, common);
            AddKey(d, c.GetProperty("name").GetProperty("official").GetString() ?? common);
            if (c.TryGetProperty("cca3", out var cca3) && cca3.GetString() is { Length: 3 } a3)
            {
                _alpha3[a3] = cca2;
            }
            if (c.TryGetProperty("altSpellings", out var alts))
            {
                foreach (var alt in alts.EnumerateArray())
                {
                    if (alt.GetString() is { Length: > 3 } s && NameKey.IsLatin(s)) AddKey(d, s);
                }
            }
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var g in eng.EnumerateObject())
                {
                    if (g.Value.GetString() is { Length: > 2 } s) _demonyms.Add((NameKey.Fold(s), cca2));
                }
            }
            if (_countryByCode.TryGetValue(cca2, out var existing))
            {
                // The dump had the country (allCountries): keep its GeoNames point and id, add the names.
                foreach (var k in d.Keys) _drafts[existing].Keys.Add(k);
                continue;
            }
            _countryByCode[cca2] = _drafts.Count;
            _drafts.Add(d);
        }
    }

    private readonly Dictionary<string, string> _alpha3 = new(StringComparer.Ordinal);

    /// <summary>Our curated TSV (tools/gazetteer/curated.tsv): aliases ("U.S.", "W.Va."), regions and continents,
    /// GeoNames country points and ids, extra demonyms. Columns: kind, name, target, lat, lon, geonameid.</summary>
    public void AddCurated(string path)
    {
        RequireFile(path);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 3)
            {
                throw new SitrepException($"{path}:{lineNumber}: expected kind<TAB>name<TAB>target[<TAB>lat<TAB>lon<TAB>geonameid]");
            }
            var (kind, name, target) = (cols[0], cols[1], cols[2]);
            double Num(int i) => cols.Length > i && double.TryParse(cols[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v : throw new SitrepException($"{path}:{lineNumber}: column {i + 1} must be a number");
            long Id(int i) => cols.Length > i && long.TryParse(cols[i], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
            switch (kind)
            {
                case "alias":
                    var entry = ResolveTarget(target) ?? throw new SitrepException($"{path}:{lineNumber}: unknown target '{target}'");
                    AddKey(_drafts[entry], name);
                    break;
                case "abbrev":
                    // Kept with its final dot: "Ky." matches, the bare word "ky" never does.
                    var abbreviated = ResolveTarget(target) ?? throw new SitrepException($"{path}:{lineNumber}: unknown target '{target}'");
                    _drafts[abbreviated].Keys.Add(NameKey.Fold(name) + ".");
                    break;
                case "country":
                    // Our own country point (general knowledge, see curated.tsv), optional id: name = alpha-2.
                    if (_countryByCode.TryGetValue(name, out var ci))
                    {
                        var c = _drafts[ci];
                        c.Lat = Num(3);
                        c.Lon = Num(4);
                        c.HasPoint = true;
                        if (Id(5) is > 0 and var cid) c.Id = cid;
                    }
                    break;
                case "countryid":
                    // GeoNames' id of a country entry (target); the point stays world-countries' or a "country" row's.
                    if (_countryByCode.TryGetValue(name, out var ii) && long.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var gid))
                    {
                        _drafts[ii].Id = gid;
                    }
                    break;
                case "region":
                    // target = feature code (CONT, RGN), optional country.
                    var r = new Draft
                    {
                        Id = Id(5), Name = name, Lat = Num(3), Lon = Num(4), FeatureClass = 'L',
                        FeatureCode = target, Kind = PlaceKind.Region, HasPoint = true, Country = cols.Length > 6 ? cols[6] : "",
                    };
                    AddKey(r, name);
                    Register(r);
                    break;
                case "demonym":
                    _demonyms.Add((NameKey.Fold(name), target));
                    break;
                case "subdivision":
                    // A unit below the admin1 that has no point of its own (a Kenyan ward): another name of its
                    // division, unless a place already bears the name.
                    var division = ResolveTarget(target) ?? throw new SitrepException($"{path}:{lineNumber}: unknown target '{target}'");
                    _allKeys ??= [.. _drafts.SelectMany(d => d.Keys)];
                    if (!_allKeys.Contains(NameKey.Fold(name))) AddKey(_drafts[division], name);
                    break;
                default:
                    throw new SitrepException($"{path}:{lineNumber}: unknown kind '{kind}' (alias, abbrev, country, countryid, region, demonym, subdivision)");
            }
        }
    }

    private int? ResolveTarget(string target)
    {
        var colon = target.IndexOf(':');
        if (colon < 0) return null;
        var value = target[(colon + 1)..];
        return target[..colon] switch
        {
            "country" => _countryByCode.TryGetValue(value, out var c) ? c : null,
            "admin1" => _admin1ByCode.TryGetValue(value, out var a) ? a : null,
            "id" => long.TryParse(value, out var id) && _byId.TryGetValue(id, out var e) ? e : null,
            "admin1name" => Admin1Named(value),
            _ => null,
        };
    }

    private HashSet<string>? _allKeys;
    private Dictionary<(string Country, string Letters), int>? _admin1ByName;

    /// <summary>"KE:Tharaka - Nithi": the first-order division of that country by name, compared on letters only.</summary>
    private int? Admin1Named(string value)
    {
        if (value.IndexOf(':') != 2) return null;
        if (_admin1ByName is null)
        {
            // built once, on the first such row: the first division of a name wins, as a scan in this order would find
            _admin1ByName = [];
            foreach (var (code, index) in _admin1ByCode)
            {
                if (code.Length > 2 && code[2] == '.') _admin1ByName.TryAdd((code[..2], Letters(_drafts[index].Name)), index);
            }
        }
        return _admin1ByName.TryGetValue((value[..2], Letters(value[3..])), out var found) ? found : null;
    }

    private static string Letters(string s) => string.Concat(NameKey.Fold(s).Where(char.IsLetter));

    public Gazetteer Build()
    {
        FillDivisionPoints();
        var featureCodes = new List<string>();
        var featureCodeIds = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var countries = new List<string> { "" };
        var countryIds = new Dictionary<string, ushort>(StringComparer.Ordinal) { [""] = 0 };
        var admin1Codes = new List<string>();
        var admin1Names = new List<string>();
        var admin1Ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, index) in _admin1ByCode.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            admin1Ids[code] = admin1Codes.Count;
            admin1Codes.Add(code);
            admin1Names.Add(_drafts[index].Name);
        }
        var kept = _drafts.Where(d => d.HasPoint).ToList();
        var n = kept.Count;
        var g = new Gazetteer
        {
            Ids = new long[n], Names = new string[n], Lats = new float[n], Lons = new float[n], Populations = new long[n],
            FeatureClasses = new byte[n], FeatureCodes = new ushort[n], Kinds = new byte[n], Countries = new ushort[n],
            Admin1s = new int[n],
        };
        var pairs = new List<(string, int)>();
        var admin1Entries = new int[admin1Codes.Count];
        Array.Fill(admin1Entries, -1);
        var entryOfDraft = new Dictionary<Draft, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < n; i++)
        {
            var d = kept[i];
            entryOfDraft[d] = i;
            g.Ids[i] = d.Id;
            g.Names[i] = d.Name;
            g.Lats[i] = (float)d.Lat;
            g.Lons[i] = (float)d.Lon;
            g.Populations[i] = d.Population;
            g.FeatureClasses[i] = (byte)d.FeatureClass;
            if (!featureCodeIds.TryGetValue(d.FeatureCode, out var fc))
            {
                fc = (ushort)featureCodes.Count;
                featureCodes.Add(d.FeatureCode);
                featureCodeIds[d.FeatureCode] = fc;
            }
            g.FeatureCodes[i] = fc;
            g.Kinds[i] = (byte)d.Kind;
            g.Countries[i] = CountryId(d.Country);
            g.Admin1s[i] = admin1Ids.TryGetValue(d.Admin1, out var a1) ? a1 : -1;
            if (d.Kind == PlaceKind.Admin1 && a1 >= 0 && _admin1ByCode[d.Admin1] is var di && ReferenceEquals(_drafts[di], d))
            {
                admin1Entries[a1] = i;
            }
            foreach (var key in d.Keys) pairs.Add((key, i));
        }
        var countryEntries = new int[countries.Count];
        Array.Fill(countryEntries, -1);
        foreach (var (code, index) in _countryByCode)
        {
            if (entryOfDraft.TryGetValue(_drafts[index], out var e)) countryEntries[CountryId(code)] = e;
        }
        g.Keys = KeyTable.Build(pairs, g.ProminenceOrder);
        // "American" is the demonym of several territories too: the most populous country comes first.
        var demonymPairs = _demonyms.Select(p => (p.Key, (int)CountryId(p.Country))).ToList();
        long CountryPopulation(int id) => id < countries.Count && _countryByCode.TryGetValue(countries[id], out var d) ? _drafts[d].Population : 0;
        g.Demonyms = KeyTable.Build(demonymPairs, (a, b) => CountryPopulation(b).CompareTo(CountryPopulation(a)) is var c && c != 0 ? c : a.CompareTo(b));
        g.FeatureCodeTable = [.. featureCodes];
        g.CountryTable = [.. countries];
        g.Admin1Codes = [.. admin1Codes];
        g.Admin1Names = [.. admin1Names];
        g.Admin1Entries = admin1Entries;
        g.CountryEntries = countryEntries;
        return g;

        ushort CountryId(string code)
        {
            if (!countryIds.TryGetValue(code, out var id))
            {
                id = (ushort)countries.Count;
                countries.Add(code);
                countryIds[code] = id;
            }
            return id;
        }
    }

    /// <summary>Divisions without a GeoNames point get the middle of their places' bounding box (see
    /// <see cref="DivisionPoints"/>); their
    /// population is the sum of their places', so the ranker sees how big they are.</summary>
    private void FillDivisionPoints()
    {
        var divisions = new DivisionPoints();
        foreach (var p in _drafts)
        {
            if (p.Kind != PlaceKind.Place || !p.HasPoint || p.FeatureClass != 'P') continue;
            if (p.Admin1.Length > 0) divisions.Add(p.Admin1, p.Lat, p.Lon, p.Population);
            divisions.Add("#" + p.Country, p.Lat, p.Lon, p.Population);
        }
        foreach (var d in _drafts)
        {
            if (d.Kind == PlaceKind.Admin1 && !d.HasPoint && divisions.TryGet(d.Admin1, out var lat, out var lon, out _))
            {
                (d.Lat, d.Lon, d.HasPoint) = (lat, lon, true);
            }
            if (d.Kind is PlaceKind.Admin1 or PlaceKind.Country && d.Population == 0 &&
                divisions.TryGet(d.Kind == PlaceKind.Country ? "#" + d.Country : d.Admin1, out _, out _, out var pop))
            {
                d.Population = pop;
            }
        }
        foreach (var (index, code) in _admin2Codes)
        {
            var d = _drafts[index];
            if (d.HasPoint || !_admin2Places.TryGet(code, out var lat, out var lon, out var pop)) continue;
            (d.Lat, d.Lon, d.Population, d.HasPoint) = (lat, lon, pop, true);
        }
    }

    private readonly DivisionPoints _admin2Places = new();

    /// <summary>Records a place's admin2 code (CC.A1.A2) so admin2 divisions get a point from their places.</summary>
    private void NoteAdmin2(string country, string admin1, string admin2, double lat, double lon, long population)
    {
        if (admin1.Length == 0 || admin2.Length == 0) return;
        _admin2Places.Add(country + "." + admin1 + "." + admin2, lat, lon, population);
    }

    private static void RequireFile(string path)
    {
        if (!File.Exists(path)) throw new SitrepException($"file not found: {path}");
    }
}
