using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Geo.Gazetteer;
using Sitrep.Geo.Parsing;
using G = Sitrep.Geo.Gazetteer.Gazetteer;

namespace Sitrep.Geo;

/// <summary>The "geo" stage: finds toponyms (NER LOC spans and gazetteer matches), resolves each to a GeoNames entry
/// and fills <see cref="Document.Places"/>. Stateless per document; load once (<see cref="LoadDefault"/>) and share.</summary>
public sealed class Geoparser : IDocumentStage
{
    private readonly MentionFinder _finder;

    /// <param name="outlets">Publishing outlets' home towns, read from the document's URL; none when null.</param>
    public Geoparser(G gazetteer, Ranker ranker, OutletHomes? outlets = null)
    {
        Gazetteer = gazetteer;
        Outlets = outlets ?? OutletHomes.None;
        Resolver = new Resolver(gazetteer, ranker);
        _finder = new MentionFinder(gazetteer);
    }

    public string Name => "geo";
    public G Gazetteer { get; }
    public Resolver Resolver { get; }
    public OutletHomes Outlets { get; }

    public static Geoparser LoadDefault()
    {
        var gazetteer = G.LoadDefault();
        return new Geoparser(gazetteer, Ranker.LoadDefault(), outlets: OutletHomes.LoadDefault(gazetteer));
    }

    private static readonly Lazy<Geoparser> SharedInstance = new(LoadDefault);

    /// <summary>The default geoparser, loaded once per process on first use (the index takes ~0.6 s).</summary>
    public static Geoparser Shared => SharedInstance.Value;

    public void Process(Document document)
    {
        var demonyms = new List<int>();
        var mentions = _finder.Find(document, demonyms);
        DropInsidePersons(document, mentions);
        DropOrganisationAliases(document, mentions);
        AddNerMentions(document, mentions);
        // NER spans and removals shift the indexes the comma links hold.
        MentionFinder.LinkCommaPairs(document.Body, mentions);
        var places = ResolveMentions(document.Body, mentions, demonyms, document.Dateline ?? DatelineOf(document.Body), Outlets.HomeOf(document.Url));
        document.Places.AddRange(places);
    }

    /// <summary>Resolves given spans (e.g. gold spans for oracle evaluation) in their article's context; <paramref name="url"/>
    /// is the article's address (its outlet's home is context).</summary>
    public List<PlaceRecord> ResolveSpans(string body, IEnumerable<(int Start, int End)> spans, string? dateline = null, string? url = null)
    {
        var demonyms = new List<int>();
        var found = _finder.Find(new Document(body), demonyms);
        var mentions = new List<Mention>();
        foreach (var (start, end) in spans)
        {
            var m = found.Find(f => f.Start == start && f.End == end) ?? new Mention
            {
                Start = start, End = end, Key = NameKey.Fold(body.AsSpan(start, end - start)),
            };
            mentions.Add(m);
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var k = 0; k < mentions.Count; k++) mentions[k].CommaNext = -1;
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var gap = body.AsSpan(mentions[k].End, Math.Max(0, mentions[k + 1].Start - mentions[k].End));
            if (gap is ", " or ",") mentions[k].CommaNext = k + 1;
        }
        return ResolveMentions(body, mentions, demonyms, dateline ?? DatelineOf(body), Outlets.HomeOf(url), keepUnresolved: true);
    }

    /// <summary>A bare place name with an optional ISO alpha-2 country hint ("Markoye", "BF"): the best entry, or null.
    /// For event coders' fallbacks: ACLED-style "Markoye, Oudalan" resolves Markoye in Oudalan, or Oudalan itself when
    /// the gazetteer lacks Markoye (check <see cref="PlaceRecord.Precision"/>).</summary>
    public PlaceRecord? Resolve(string name, string? countryHint = null)
    {
        var body = name;
        var spans = new List<(int, int)>();
        var start = 0;
        foreach (var part in name.Split(','))
        {
            var trimmed = part.Trim();
            var s = name.IndexOf(trimmed, start, StringComparison.Ordinal);
            if (trimmed.Length > 0) spans.Add((s, s + trimmed.Length));
            start = s + trimmed.Length;
        }
        if (spans.Count == 0) return null;
        var demonyms = new List<int>();
        if (countryHint is { Length: 2 } && Gazetteer.CountryId(countryHint.ToUpperInvariant()) is var cid and > 0)
        {
            for (var k = 0; k < 3; k++) demonyms.Add(cid);
        }
        var filter = demonyms.Count > 0 ? demonyms[0] : -1;
        var mentions = spans.Select(sp => new Mention
        {
            Start = sp.Item1, End = sp.Item2, Key = NameKey.Fold(body.AsSpan(sp.Item1, sp.Item2 - sp.Item1)), CountryFilter = filter,
        }).ToList();
        for (var k = 0; k + 1 < mentions.Count; k++) mentions[k].CommaNext = k + 1;
        var places = ResolveMentions(body, mentions, demonyms, null, -1);
        // The most specific part the gazetteer knows: "Markoye, Oudalan" falls back to Oudalan when Markoye is unknown.
        return places.Count > 0 ? places[0] : null;
    }

    private List<PlaceRecord> ResolveMentions(string body, List<Mention> mentions, List<int> demonyms, string? dateline, int outletHome,
        bool keepUnresolved = false)
    {
        var sets = Resolver.Resolve(mentions, demonyms, dateline, outletHome: outletHome);
        var places = new List<PlaceRecord>(mentions.Count);
        var mainCity = MainCity(sets);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var set = sets[i];
            var text = body[m.Start..m.End];
            if (set.Best < 0)
            {
                if ((m.SubCityCue || keepUnresolved || m.FromNer) && PlaceDirectlyRelativeTo(body, mentions, sets, i, mainCity) is var anchor and >= 0)
                {
                    // A part of the article's main city that GeoNames' cities list lacks: placed at that city, or at
                    // the town it is said to lie from ("the village of Qazali west of Tell Abiad").
                    var city = Gazetteer[anchor];
                    places.Add(new PlaceRecord
                    {
                        Text = text, Start = m.Start, End = m.End, Name = text, Lat = city.Lat, Lon = city.Lon,
                        Country = NullIfEmpty(city.Country), Admin1 = city.Admin1Name, FeatureCode = "PPLX",
                        Confidence = 0.3, Modifier = m.Modifier, Precision = "neighbourhood",
                    });
                }
                continue;
            }
            var e = Gazetteer[set.Entries[set.Best]];
            if (!keepUnresolved && !m.FromNer && IsWeakMatch(set))
            {
                continue;
            }
            places.Add(new PlaceRecord
            {
                Text = text, Start = m.Start, End = m.End, Name = e.Name, GeonamesId = e.GeonamesId > 0 ? e.GeonamesId : null,
                Lat = Math.Round(e.Lat, 5), Lon = Math.Round(e.Lon, 5), Country = NullIfEmpty(e.Country), Admin1 = e.Admin1Name,
                FeatureCode = e.FeatureCode, Confidence = Math.Round(set.Confidence, 3), Modifier = m.Modifier,
                Precision = PrecisionOf(e), Kind = m.Demonym ? PlaceRecord.DemonymKind : null,
            });
        }
        return places;
    }

    /// <summary>A small town reached only through an alternate spelling, in a country the article never otherwise
    /// points to ("Noma said" → Nome, "Rozen" → Rozená): far more often a person than the place.</summary>
    private static bool IsWeakMatch(CandidateSet set)
    {
        var f = set.Row(set.Best);
        return f[CandidateFeatures.ExactName] == 0 && f[CandidateFeatures.LogPopulation] < Math.Log10(50_000) / 7 &&
               f[CandidateFeatures.ContextCountryShare] < 0.2 && f[CandidateFeatures.IsCountry] == 0 && f[CandidateFeatures.IsAdmin1] == 0 && f[CandidateFeatures.IsRegion] == 0 &&
               f[CandidateFeatures.CommaParent] == 0;
    }

    /// <summary>The town an unknown name is placed from when the next mention follows it as "… west of Y" (Y resolved to
    /// a populated place); else <paramref name="mainCity"/>.</summary>
    private int PlaceDirectlyRelativeTo(string body, List<Mention> mentions, CandidateSet[] sets, int i, int mainCity)
    {
        if (i + 1 >= mentions.Count || sets[i + 1].Best < 0 || mentions[i + 1].Modifier is not { } modifier ||
            !modifier.EndsWith(" of", StringComparison.Ordinal))
        {
            return mainCity;
        }
        var gap = body.AsSpan(mentions[i].End, Math.Max(0, mentions[i + 1].Start - mentions[i].End)).Trim();
        var e = sets[i + 1].Entries[sets[i + 1].Best];
        return gap.Equals(modifier, StringComparison.OrdinalIgnoreCase) && IsPopulatedPlace(e) ? e : mainCity;
    }

    private bool IsPopulatedPlace(int entry) => Gazetteer[entry].Kind == PlaceKind.Place && Gazetteer[entry].FeatureClass == 'P';

    /// <summary>The city resolved most often in the article (entry index), or -1.</summary>
    private int MainCity(CandidateSet[] sets)
    {
        var counts = new Dictionary<int, int>();
        foreach (var s in sets)
        {
            if (s.Best < 0) continue;
            var e = s.Entries[s.Best];
            if (IsPopulatedPlace(e)) counts[e] = counts.GetValueOrDefault(e) + 1;
        }
        var best = -1;
        var bestCount = 0;
        foreach (var (e, c) in counts)
        {
            if (c > bestCount || c == bestCount && best >= 0 && Gazetteer[e].Population > Gazetteer[best].Population)
            {
                best = e;
                bestCount = c;
            }
        }
        return best;
    }

    private static string PrecisionOf(GazetteerEntry e) => e.Kind switch
    {
        PlaceKind.Country => "country",
        PlaceKind.Admin1 => "admin1",
        PlaceKind.Admin2 => "admin2",
        PlaceKind.Region => "region",
        _ => e.FeatureCode is "PPLX" ? "neighbourhood" : "city",
    };

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>"Jackson" in an NER person span ("Jesse Jackson") is the person, not the Mississippi capital.</summary>
    private GazetteerEntry? Prominent(string key)
    {
        var hits = Gazetteer.LookupKey(key);
        return hits.IsEmpty ? null : Gazetteer[hits[0]];
    }

    private void DropInsidePersons(Document document, List<Mention> mentions)
    {
        foreach (var entity in document.Entities)
        {
            if (entity.Type != "PER") continue;
            // Not the sub-city names NER often mistakes for people ("Jabal Badro"), nor names the text calls a town or
            // village ("the town of Saraqib"), nor countries and divisions, nor Arabic names that start as only places
            // do ("Khan Younis").
            mentions.RemoveAll(m => m.Start >= entity.Start && m.End <= entity.End && !m.SubCityCue && !m.SettlementCue &&
                                    !(Prominent(m.Key) is { } top && (top.Kind >= PlaceKind.Admin1 || IsLoneArabCity(m, entity, top))) &&
                                    !IsArabicPlaceName(m.Key));
        }
    }

    /// <summary>A whole NER organisation span that the gazetteer knows only as villages' alternate names ("Taliban", a
    /// name of Bozhüyük in Turkey) is the organisation: placing it would pull the article's other places abroad.
    /// A name some place goes by as its own (NER now and then types "Raqqa" or "Bantam" ORG), towns and seats stay.</summary>
    private void DropOrganisationAliases(Document document, List<Mention> mentions)
    {
        foreach (var entity in document.Entities)
        {
            if (entity.Type != "ORG") continue;
            mentions.RemoveAll(m => m.Start == entity.Start && m.End == entity.End && !m.SubCityCue && OnlyVillageAlias(m.Key));
        }
    }

    private bool OnlyVillageAlias(string key)
    {
        var hits = Gazetteer.LookupKey(key);
        if (hits.IsEmpty) return false;
        foreach (var h in hits)
        {
            var e = Gazetteer[h];
            if (e.Kind != PlaceKind.Place || e.Population >= MaxAliasVillagePopulation || e.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal) ||
                e.FeatureCode == "PPLC" || NameKey.Fold(e.Name) == key) return false;
        }
        return true;
    }

    private const long MaxAliasVillagePopulation = 20_000;

    /// <summary>"clashes spread to Qamishli.": NER calls the lone word a person, but a seat or a city of 100,000 or more
    /// in an Arabic-speaking country is not an English-language surname the way "Jackson" is. (GeoNames gives many
    /// such seats no population: Al Qāmishlī's is 0.)</summary>
    private static bool IsLoneArabCity(Mention m, EntityRecord entity, GazetteerEntry top) =>
        m.Start == entity.Start && m.End == entity.End && top.FeatureClass == 'P' &&
        (top.Population >= 100_000 || top.FeatureCode is "PPLC" or "PPLA" or "PPLA2") && TransliterationKey.AppliesTo(top.Country);

    /// <summary>A name of two or more words starting with an Arabic place word ("khan", "deir", "tell" …) that names
    /// a place in an Arabic-speaking country, exactly or by its transliteration key.</summary>
    private bool IsArabicPlaceName(string key)
    {
        var space = key.IndexOf(' ');
        if (space < 0 || !TransliterationKey.IsPlaceHead(key.AsSpan(0, space))) return false;
        var hits = Gazetteer.LookupKey(key);
        if (hits.IsEmpty) hits = Gazetteer.LookupTransliteration(key);
        foreach (var h in hits)
        {
            if (TransliterationKey.AppliesTo(Gazetteer[h].Country)) return true;
        }
        return false;
    }

    /// <summary>NER LOC/GPE spans the gazetteer matcher missed (multi-word names written unusually, NER-only finds).</summary>
    private static void AddNerMentions(Document document, List<Mention> mentions)
    {
        var added = false;
        foreach (var entity in document.Entities)
        {
            if (entity.Type is not ("LOC" or "GPE")) continue;
            if (mentions.Exists(m => m.Start < entity.End && entity.Start < m.End)) continue;
            var key = NameKey.Fold(document.Body.AsSpan(entity.Start, entity.End - entity.Start));
            if (key.Length == 0) continue;
            mentions.Add(new Mention { Start = entity.Start, End = entity.End, Key = key, FromNer = true });
            added = true;
        }
        if (added) mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Wire-style dateline at the top of the body ("ALEPPO // …", "BEIRUT (Reuters) —"), when the cleaner gave none.</summary>
    public static string? DatelineOf(string body)
    {
        var limit = Math.Min(body.Length, 400);
        for (var i = 0; i < limit; i++)
        {
            if (body[i] == '\n' || i == 0)
            {
                var start = body[i] == '\n' ? i + 1 : i;
                var j = start;
                while (j < body.Length && (char.IsUpper(body[j]) || body[j] is ' ' or '-' or '.' or '\'')) j++;
                if (j - start >= 3 && j < body.Length && body.AsSpan(j).TrimStart(' ') is var rest &&
                    (rest.StartsWith("//") || rest.StartsWith("(") || rest.StartsWith("—") || rest.StartsWith("-") || rest.StartsWith(",") || rest.StartsWith(":")))
                {
                    var text = body[start..j].Trim(' ', '-', '.');
                    if (text.Length >= 3) return text;
                }
            }
        }
        return null;
    }
}
