using Sitrep.Core.Geography;
using Sitrep.Geo.Gazetteer;
using G = Sitrep.Geo.Gazetteer.Gazetteer;

namespace Sitrep.Geo.Parsing;

/// <summary>A mention's candidates and their feature rows (row-major, <see cref="CandidateFeatures.Count"/> wide).</summary>
public sealed class CandidateSet
{
    public int[] Entries = [];
    public double[] Features = [];
    public int Best = -1;
    public double Confidence;

    public ReadOnlySpan<double> Row(int i) => Features.AsSpan(i * CandidateFeatures.Count, CandidateFeatures.Count);
}

/// <summary>Toponym resolution: candidates from the gazetteer, scored by the ranker over population, feature code,
/// the article's country context (dateline, demonyms, other toponyms), "City, Country" pairs, the admin hierarchy
/// and distance to the other places. Two passes: the second adds proximity to the first pass's choices.</summary>
public sealed class Resolver(G gazetteer, Ranker ranker)
{
    public const int MaxCandidates = 40;
    private const long BigCity = 500_000;
    private readonly int _israel = gazetteer.CountryId("IL"), _palestine = gazetteer.CountryId("PS");

    public G Gazetteer => gazetteer;
    public Ranker Ranker => ranker;

    /// <summary>Resolves every mention; <c>result[i]</c> is the candidate set of <c>mentions[i]</c> (empty Entries when unknown).
    /// <paramref name="outletHome"/> is the gazetteer entry of the publishing outlet's home (<see cref="OutletHomes"/>), or -1.</summary>
    public CandidateSet[] Resolve(IReadOnlyList<Mention> mentions, IReadOnlyList<int> demonymCountries, string? dateline,
        Ranker? rankerOverride = null, int outletHome = -1)
    {
        var r = rankerOverride ?? ranker;
        var sets = new CandidateSet[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            sets[i] = new CandidateSet { Entries = Candidates(mentions[i]) };
        }
        var context = BuildContext(mentions, sets, demonymCountries, dateline, outletHome);
        for (var pass = 0; pass < 2; pass++)
        {
            var points = pass == 0 ? null : sets.Select(s => s.Best).ToArray();
            for (var i = 0; i < mentions.Count; i++)
            {
                Featurize(mentions, sets, i, context, points);
                Choose(sets[i], r);
                PreferNamedCountry(sets[i]);
            }
        }
        foreach (var set in sets)
        {
            DropForeignCompassDivision(set, context);
            PreferIsraelPalestine(set, context, r);
        }
        return sets;
    }

    /// <summary>Candidates for a name: its folded key, then without a division word, a leading "the", or "al-".</summary>
    public int[] Candidates(Mention mention)
    {
        var key = mention.Key;
        // A demonym given as a toponym span ("Syrian" in oracle spans, "the Turkish side") maps to its country.
        var demonym = gazetteer.DemonymCountry(key);
        if (demonym > 0 && gazetteer.CountryEntry(demonym) is var ce and >= 0)
        {
            return [ce];
        }
        if (RegionDemonym(key) is { } region)
        {
            key = region;
        }
        var hits = gazetteer.LookupKey(key);
        if (hits.IsEmpty && key.StartsWith("the ", StringComparison.Ordinal))
        {
            hits = gazetteer.LookupKey(key.AsSpan(4));
        }
        if (hits.IsEmpty)
        {
            var space = key.LastIndexOf(' ');
            if (space > 0 && AdminWords.IsDivisionWord(key.AsSpan(space + 1)))
            {
                mention.DivisionHint = true;
                hits = gazetteer.LookupKey(key.AsSpan(0, space));
            }
        }
        if (hits.IsEmpty && key.EndsWith('.'))
        {
            hits = gazetteer.LookupKey(key.AsSpan(0, key.Length - 1));
        }
        if (hits.IsEmpty)
        {
            // "Jisr al-Shughur" for GeoNames' "Jisr ash Shughur": places romanised from Arabic, by a looser key.
            hits = gazetteer.LookupTransliteration(key);
        }
        if (hits.IsEmpty && key.IndexOf(' ') > 0 && SubName(key) is { Length: > 0 } inner)
        {
            return inner;
        }
        if (mention.SettlementCue)
        {
            hits = Settlements(hits);
        }
        if (mention.CountryFilter > 0)
        {
            var inCountry = new List<int>();
            foreach (var h in hits)
            {
                if (gazetteer[h].CountryId == mention.CountryFilter) inCountry.Add(h);
            }
            if (inCountry.Count > 0) return [.. inCountry.Take(MaxCandidates)];
        }
        return hits[..Math.Min(hits.Length, MaxCandidates)].ToArray();
    }

    /// <summary>The populated places among the hits, when there are some ("the town of Maarat al-Numan" is the town,
    /// not its district, which outranks a town GeoNames gives no population); else the hits as they are.</summary>
    private ReadOnlySpan<int> Settlements(ReadOnlySpan<int> hits)
    {
        var count = 0;
        foreach (var h in hits)
        {
            if (IsSettlement(gazetteer[h])) count++;
        }
        if (count == 0 || count == hits.Length) return hits;
        var kept = new int[count];
        var k = 0;
        foreach (var h in hits)
        {
            if (IsSettlement(gazetteer[h])) kept[k++] = h;
        }
        return kept;
    }

    private static bool IsSettlement(GazetteerEntry e) => e.Kind == PlaceKind.Place && e.FeatureClass == 'P';

    /// <summary>An unknown multi-word name that contains a prominent place ("Birmingham City", "Colorado State
    /// University", "Korean Peninsula", "European Commission"): the candidates of its longest such part, leftmost
    /// first. Small towns do not count (a surname or a common word inside an organisation's name).</summary>
    private int[] SubName(string key)
    {
        var words = key.Split(' ');
        for (var size = words.Length - 1; size >= 1; size--)
        {
            for (var at = 0; at + size <= words.Length; at++)
            {
                var part = string.Join(' ', words, at, size);
                if (part.Length < 3 || Parsing.Lexicon.Stop.Contains(part)) continue;
                var demonym = gazetteer.DemonymCountry(part);
                if (demonym > 0 && gazetteer.CountryEntry(demonym) is var ce and >= 0) return [ce];
                var hits = gazetteer.LookupKey(RegionDemonym(part) ?? part);
                if (hits.IsEmpty) continue;
                var top = gazetteer[hits[0]];
                if (top.Kind >= PlaceKind.Admin1 || top.Population >= 100_000 && NameKey.Fold(top.Name) == part)
                {
                    return hits[..Math.Min(hits.Length, MaxCandidates)].ToArray();
                }
            }
        }
        return [];
    }

    internal static string? RegionDemonym(string key) => key switch
    {
        "european" or "europeans" => "europe",
        "african" or "africans" => "africa",
        "asian" or "asians" => "asia",
        "latin american" => "latin america",
        "central american" => "central america",
        "north american" => "north america",
        "south american" => "south america",
        "siberian" => "siberia",
        "middle eastern" => "middle east",
        "kurdish" or "kurds" => "kurdistan",
        "arab" or "arabs" => "middle east",
        "balkan" => "balkans",
        "caribbean" => "caribbean",
        _ => null,
    };

    internal sealed class Context
    {
        public double[] CountryMass = [];
        public double TotalMass;
        public int TopCountry = -1;
        public int DatelineCountry = -1;
        public HashSet<int> Admin1s = [];
        public int[] Admin1Mass = [];
        public int TopAdmin1 = -1;
        /// <summary>The outlet's home town (entry index), -1 when unknown or only a division.</summary>
        public int HomePlace = -1;
    }

    private Context BuildContext(IReadOnlyList<Mention> mentions, CandidateSet[] sets, IReadOnlyList<int> demonyms, string? dateline, int outletHome)
    {
        var c = new Context { CountryMass = new double[gazetteer.CountryTable.Length], Admin1Mass = new int[gazetteer.Admin1Codes.Length] };
        if (outletHome >= 0)
        {
            var home = gazetteer[outletHome];
            // Weighed like a dateline: the paper's own country and state are where its stories mostly happen.
            c.CountryMass[home.CountryId] += 3;
            if (home.Kind == PlaceKind.Place) c.HomePlace = outletHome;
            if (home.Admin1Id >= 0)
            {
                c.Admin1Mass[home.Admin1Id] += 2;
                c.Admin1s.Add(home.Admin1Id);
            }
        }
        foreach (var d in demonyms) c.CountryMass[d] += 1;
        for (var i = 0; i < sets.Length; i++)
        {
            var entries = sets[i].Entries;
            if (entries.Length == 0) continue;
            var top = gazetteer[entries[0]];
            // An unambiguous country name counts double; otherwise the most prominent reading votes once.
            c.CountryMass[top.CountryId] += top.Kind == PlaceKind.Country ? 2 : entries.Length == 1 ? 1 : 0.5;
            if (top.Kind == PlaceKind.Admin1 && top.Admin1Id >= 0) c.Admin1s.Add(top.Admin1Id);
            foreach (var e in entries)
            {
                var entry = gazetteer[e];
                if (entry.Kind == PlaceKind.Admin1 && entry.Admin1Id >= 0) c.Admin1s.Add(entry.Admin1Id);
                if (entry.Admin1Id >= 0 && (entry.Kind == PlaceKind.Admin1 || entries.Length == 1)) c.Admin1Mass[entry.Admin1Id]++;
            }
        }
        if (!string.IsNullOrWhiteSpace(dateline))
        {
            var hits = gazetteer.Lookup(dateline);
            if (!hits.IsEmpty)
            {
                c.DatelineCountry = gazetteer[hits[0]].CountryId;
                c.CountryMass[c.DatelineCountry] += 3;
            }
        }
        c.CountryMass[0] = 0;
        var best = 0.0;
        for (var k = 1; k < c.CountryMass.Length; k++)
        {
            c.TotalMass += c.CountryMass[k];
            if (c.CountryMass[k] > best)
            {
                best = c.CountryMass[k];
                c.TopCountry = k;
            }
        }
        var bestA = 0;
        for (var k = 0; k < c.Admin1Mass.Length; k++)
        {
            if (c.Admin1Mass[k] > bestA)
            {
                bestA = c.Admin1Mass[k];
                c.TopAdmin1 = k;
            }
        }
        return c;
    }

    private void Featurize(IReadOnlyList<Mention> mentions, CandidateSet[] sets, int i, Context context, int[]? points)
    {
        var set = sets[i];
        var n = set.Entries.Length;
        const int w = CandidateFeatures.Count;
        if (set.Features.Length != n * w) set.Features = new double[n * w];
        else Array.Clear(set.Features);
        var mention = mentions[i];
        var logCandidates = Math.Log(1 + n) / Math.Log(1 + MaxCandidates);
        var comma = mention.CommaNext >= 0 ? sets[mention.CommaNext].Entries : [];
        Span<char> nameBuffer = stackalloc char[NameKey.MaxLength];
        var hasAdmin1 = false;
        var hasBigCity = false;
        for (var k = 0; k < n; k++)
        {
            var e = gazetteer[set.Entries[k]];
            if (e.Kind == PlaceKind.Admin1) hasAdmin1 = true;
            else if (e.Kind == PlaceKind.Place && e.FeatureClass == 'P' && e.Population >= BigCity) hasBigCity = true;
        }
        for (var k = 0; k < n; k++)
        {
            var e = gazetteer[set.Entries[k]];
            var f = set.Features.AsSpan(k * w, w);
            f[CandidateFeatures.LogPopulation] = Math.Log10(1 + e.Population) / 7;
            var kind = e.Kind;
            var code = e.FeatureCode;
            f[CandidateFeatures.IsCountry] = kind == PlaceKind.Country ? 1 : 0;
            f[CandidateFeatures.IsAdmin1] = kind == PlaceKind.Admin1 ? 1 : 0;
            f[CandidateFeatures.IsAdmin2] = kind == PlaceKind.Admin2 ? 1 : 0;
            f[CandidateFeatures.IsRegion] = kind == PlaceKind.Region ? 1 : 0;
            f[CandidateFeatures.IsCapital] = code == "PPLC" ? 1 : 0;
            f[CandidateFeatures.IsAdminSeat] = code.StartsWith("PPLA", StringComparison.Ordinal) ? 1 : 0;
            f[CandidateFeatures.IsOtherPlace] = kind == PlaceKind.Place && e.FeatureClass != 'P' ? 1 : 0;
            f[CandidateFeatures.IsTopPrior] = k == 0 ? 1 : 0;
            // Folded into a stack buffer: this runs for every candidate in both passes.
            var folded = NameKey.Fold(e.Name, nameBuffer);
            f[CandidateFeatures.ExactName] = nameBuffer[..folded].SequenceEqual(mention.Key) ? 1 : 0;
            f[CandidateFeatures.ExactCountry] = kind == PlaceKind.Country ? f[CandidateFeatures.ExactName] : 0;
            f[CandidateFeatures.Admin1WithBigCity] = kind == PlaceKind.Admin1 && hasBigCity ? 1 : 0;
            f[CandidateFeatures.BigCityWithAdmin1] = hasAdmin1 && kind == PlaceKind.Place && e.FeatureClass == 'P' && e.Population >= BigCity ? 1 : 0;
            var cid = e.CountryId;
            f[CandidateFeatures.ContextCountryShare] = context.TotalMass > 0 ? context.CountryMass[cid] / context.TotalMass : 0;
            f[CandidateFeatures.TopContextCountry] = cid == context.TopCountry && cid != 0 ? 1 : 0;
            f[CandidateFeatures.DatelineCountry] = cid == context.DatelineCountry && cid != 0 ? 1 : 0;
            f[CandidateFeatures.NoContextCountry] = context.TotalMass > 0 && context.CountryMass[cid] == 0 ? 1 : 0;
            f[CandidateFeatures.ContextCapital] = code == "PPLC" && cid == context.TopCountry ? 1 : 0;
            var admin1 = e.Admin1Id;
            f[CandidateFeatures.Admin1Mentioned] = kind != PlaceKind.Admin1 && admin1 >= 0 && context.Admin1s.Contains(admin1) ? 1 : 0;
            f[CandidateFeatures.SameAdmin1AsContext] = admin1 >= 0 && admin1 == context.TopAdmin1 ? 1 : 0;
            var isAdmin = kind is PlaceKind.Admin1 or PlaceKind.Admin2;
            f[CandidateFeatures.DivisionHintAdmin] = mention.DivisionHint && isAdmin ? 1 : 0;
            f[CandidateFeatures.DivisionHintNotAdmin] = mention.DivisionHint && !isAdmin ? 1 : 0;
            f[CandidateFeatures.IsUs] = e.Country == "US" ? 1 : 0;
            f[CandidateFeatures.LogCandidates] = logCandidates;
            foreach (var p in comma)
            {
                var parent = gazetteer[p];
                if (parent.Kind == PlaceKind.Country && parent.CountryId == cid ||
                    parent.Kind == PlaceKind.Admin1 && parent.Admin1Id == admin1 && admin1 >= 0 && kind != PlaceKind.Admin1)
                {
                    f[CandidateFeatures.CommaParent] = 1;
                    break;
                }
            }
            if (points is not null)
            {
                // The home pulls only a candidate of the very name: "Rome" in a Fort Worth paper is not Rhome, Texas.
                var home = f[CandidateFeatures.ExactName] == 1 ? context.HomePlace : -1;
                var (closeness, km, sameAdmin1) = Proximity(mentions, sets, i, e, points, home);
                f[CandidateFeatures.Proximity] = closeness;
                f[CandidateFeatures.NearOther] = km < 50 ? 1 : 0;
                f[CandidateFeatures.SameAdmin1AsOther] = sameAdmin1 ? 1 : 0;
            }
        }
    }

    /// <summary>Closeness (1 = same point, 0 = antipode, log scale) to the nearest other place's first-pass choice,
    /// that distance in km, and whether some other place's choice lies in the same admin1. The outlet's home town
    /// counts as one more place.</summary>
    private (double Closeness, double Km, bool SameAdmin1) Proximity(IReadOnlyList<Mention> mentions, CandidateSet[] sets, int i, GazetteerEntry e,
        int[] points, int homePlace)
    {
        var best = double.MaxValue;
        var sameAdmin1 = false;
        for (var j = 0; j < sets.Length; j++)
        {
            if (j == i || points[j] < 0 || mentions[j].Key == mentions[i].Key) continue;
            var other = gazetteer[sets[j].Entries[points[j]]];
            if (other.Kind is PlaceKind.Country or PlaceKind.Region) continue;
            if (e.Admin1Id >= 0 && other.Admin1Id == e.Admin1Id && e.Kind != PlaceKind.Admin1) sameAdmin1 = true;
            if (other.Kind == PlaceKind.Admin1) continue;
            var d = GeoMath.DistanceKm(e.Lat, e.Lon, other.Lat, other.Lon);
            if (d < best) best = d;
        }
        if (homePlace >= 0)
        {
            var home = gazetteer[homePlace];
            if (e.Admin1Id >= 0 && home.Admin1Id == e.Admin1Id && e.Kind != PlaceKind.Admin1) sameAdmin1 = true;
            best = Math.Min(best, GeoMath.DistanceKm(e.Lat, e.Lon, home.Lat, home.Lon));
        }
        return best == double.MaxValue
            ? (0, double.MaxValue, sameAdmin1)
            : (1 - Math.Log(1 + best) / Math.Log(1 + GeoMath.HalfCircumferenceKm), best, sameAdmin1);
    }

    /// <summary>Israel and the Palestinian territories are one news context, which the ranker's country features cannot
    /// see ("Israeli jets bombed Gaza" chose Mozambique's Gaza province): in an article whose context has Israel (a
    /// demonym, the country's name or a place there), a name with a candidate in either takes the best such.</summary>
    private void PreferIsraelPalestine(CandidateSet set, Context context, Ranker r)
    {
        if (set.Best < 0 || _israel <= 0 || _palestine <= 0) return;
        // Israel named (its own mass, not the name being resolved: "Palestine, Texas" news names Palestine itself)
        if (context.CountryMass[_israel] < 1) return;
        var chosen = gazetteer[set.Entries[set.Best]].CountryId;
        if (chosen == _israel || chosen == _palestine || set.Row(set.Best)[CandidateFeatures.CommaParent] == 1) return;
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var k = 0; k < set.Entries.Length; k++)
        {
            var country = gazetteer[set.Entries[k]].CountryId;
            if (country != _israel && country != _palestine || set.Row(k)[CandidateFeatures.ExactName] == 0 && k != 0) continue;
            var score = r.Score(set.Row(k));
            if (score > bestScore) (best, bestScore) = (k, score);
        }
        if (best >= 0) set.Best = best;
    }

    /// <summary>A bare country name is the country, not its own homonym city ("Mexico", not Mexico City, which GeoNames
    /// also calls "Mexico"), unless a division abroad bears the name ("Georgia") or a "City, Country" pair chose.</summary>
    private void PreferNamedCountry(CandidateSet set)
    {
        if (set.Best < 0) return;
        var best = set.Row(set.Best);
        if (best[CandidateFeatures.IsCountry] == 1 || best[CandidateFeatures.CommaParent] == 1) return;
        var country = -1;
        for (var k = 0; k < set.Entries.Length; k++)
        {
            var f = set.Row(k);
            if (f[CandidateFeatures.ExactName] == 0) continue;
            if (f[CandidateFeatures.IsCountry] == 1) country = k;
        }
        if (country < 0) return;
        var countryId = gazetteer[set.Entries[country]].CountryId;
        // Only a place inside that country yields ("Mexico" → Mexico City); "Lebanon" in Ohio news stays the town.
        if (gazetteer[set.Entries[set.Best]].CountryId != countryId) return;
        for (var k = 0; k < set.Entries.Length; k++)
        {
            var e = gazetteer[set.Entries[k]];
            if (e.Kind == PlaceKind.Admin1 && e.CountryId != countryId && set.Row(k)[CandidateFeatures.ExactName] == 1) return;
        }
        set.Best = country;
    }

    /// <summary>"Western", "West Coast", "Gulf" resolved to a division of a country the article never points to
    /// (Sri Lanka's Western Province in a US story): left unresolved instead, so the caller's fallback places it.</summary>
    private void DropForeignCompassDivision(CandidateSet set, Context context)
    {
        if (set.Best < 0) return;
        var e = gazetteer[set.Entries[set.Best]];
        if (e.Kind is not (PlaceKind.Admin1 or PlaceKind.Admin2)) return;
        // Its own vote in the context does not count (BuildContext gave the top reading up to 1).
        var top = gazetteer[set.Entries[0]];
        var own = top.CountryId != e.CountryId ? 0 : top.Kind == PlaceKind.Country ? 2 : set.Entries.Length == 1 ? 1 : 0.5;
        if (context.CountryMass[e.CountryId] - own > 0 || e.CountryId == context.DatelineCountry) return;
        if (AdminWords.IsCompassName(NameKey.Fold(e.Name))) set.Best = -1;
    }

    private static void Choose(CandidateSet set, Ranker r)
    {
        var n = set.Entries.Length;
        if (n == 0)
        {
            set.Best = -1;
            return;
        }
        var best = 0;
        var bestScore = double.NegativeInfinity;
        var second = double.NegativeInfinity;
        for (var k = 0; k < n; k++)
        {
            var s = r.Score(set.Row(k));
            if (s > bestScore)
            {
                second = bestScore;
                bestScore = s;
                best = k;
            }
            else if (s > second) second = s;
        }
        set.Best = best;
        // Margin over the runner-up through a logistic: 0.5 for a tie, → 1 for a clear winner or a single candidate.
        set.Confidence = n == 1 ? 0.95 : 1 / (1 + Math.Exp(-(bestScore - second)));
    }
}
