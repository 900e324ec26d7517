using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Events.Coding;
using Sitrep.Events.Text;

namespace Sitrep.Events;

// The event's place: the sentence's locative phrase, a written place chain, else the document fallback.
public sealed partial class EventCoder
{
    /// <summary>A resolved place below country level, or a LOC entity, overlapping the span: never an actor.</summary>
    private static Func<int, int, bool, bool> SubnationalPlaceLookup(Document d)
    {
        var places = d.Places;
        var entities = d.Entities;
        return (start, end, orLocEntity) =>
        {
            foreach (var p in places)
            {
                if (p.IsNamedPlace && p.Start < end && start < p.End && (p.GeonamesId is not null || p.Lat is not null) && PrecisionOf(p) != "country") return true;
            }
            foreach (var e in entities)
            {
                if (orLocEntity && e.Start < end && start < e.End && e.Type == "LOC") return true;
            }
            return false;
        };
    }

    private static Func<int, int, bool> PlaceLookup(Document d)
    {
        if (d.Places.Count == 0) return static (_, _) => false;
        var places = d.Places;
        return (start, end) =>
        {
            // A demonym place ("Syrian forces") leaves its word to the actor finder.
            foreach (var p in places)
            {
                if (p.IsNamedPlace && p.Start < end && start < p.End) return true;
            }
            return false;
        };
    }

    private LocationRecord? Location(Document d, SentenceWords s, TriggerMatch t, List<EvidenceRecord> evidence, List<ActorMention> mentions, string? documentCountry)
    {
        var w = s.Words;
        bool IsActor(int start, int end)
        {
            foreach (var m in mentions)
            {
                if (m.UnknownName || m.CountryOnly) continue;
                if (w[m.First].Start < end && start < w[m.Last].End) return true;
            }
            return false;
        }
        var iso2 = documentCountry is not null && _lexicon.Iso3To2.TryGetValue(documentCountry, out var c2) ? c2 : null;
        var triggerStart = w[t.First].Start;
        var triggerEnd = w[t.Last].End;

        // 1. a written place chain, resolved most-specific-first ("Dushakha area of Zhari district, Kandahar"); a chain
        // that only names a country ("in Iraq's second city Mosul") yields to a more specific place of the sentence.
        LocationRecord? chainCountry = null;
        EvidenceRecord? chainCountryEvidence = null;
        if (ResolvePlace is not null)
        {
            LocativeChain? nearest = null;
            var bestDistance = int.MaxValue;
            foreach (var chain in LocativePhrases.Find(w, IsActor))
            {
                var distance = chain.First > t.Last ? chain.First - t.Last : (t.First - chain.Last) * 2;
                if (distance < bestDistance) { bestDistance = distance; nearest = chain; }
            }
            if (nearest is not null && ResolveChain(d, w, nearest, iso2) is var (written, chainEvidence))
            {
                if (written.Precision != "country")
                {
                    evidence.Add(chainEvidence);
                    return written;
                }
                (chainCountry, chainCountryEvidence) = (written, chainEvidence);
            }
        }

        // 2. the geoparser's places in the sentence (not actor names, not in another country)
        PlaceRecord? best = null;
        var bestScore = int.MaxValue;
        foreach (var p in d.Places)
        {
            if (!p.IsNamedPlace || p.Start < s.Start || p.End > s.End || p.GeonamesId is null && p.Lat is null) continue;
            if (IsActor(p.Start, p.End) || IsAffiliation(d.Body, p)) continue;
            var place = AtHome(p, iso2);
            if (Foreign(place, iso2, CountryHint is not null) && (CountryHint is not null || PrecisionOf(place) != "country")) continue;
            var distance = p.Start >= triggerEnd ? p.Start - triggerEnd : (triggerStart - p.End) * 2;
            var specificity = PrecisionOf(place) switch { "neighbourhood" => 0, "city" => 0, "admin2" => 40, "admin1" => 80, _ => 200 };
            var score = Math.Abs(distance) + specificity;
            if (score < bestScore) { bestScore = score; best = place; }
        }
        // "in Iraq's second city Mosul" names the place right after the country; a place of another clause ("an
        // incursion inside Syria … muted in its criticism of Russian actions in Aleppo") does not refine it
        if (chainCountry is not null && (best is null || PrecisionOf(best) == "country" || Math.Abs(best.Start - chainCountryEvidence!.End) > 40))
        {
            evidence.Add(chainCountryEvidence!);
            return chainCountry;
        }
        if (best is null)
        {
            best = FallbackPlace(d, iso2);
            if (best is null) return null;
        }
        evidence.Add(new EvidenceRecord("location", best.Start, best.End));
        return Record(best.Modifier is { Length: > 0 } mod ? $"{mod} {best.Text}" : best.Text, best);
    }

    /// <summary>A written chain resolved most specific first; a name placed in another country is skipped. Null when
    /// no name resolves.</summary>
    private (LocationRecord Location, EvidenceRecord Evidence)? ResolveChain(Document d, Word[] w, LocativeChain chain, string? iso2)
    {
        var parts = new List<string>(chain.Names.Count);
        foreach (var (f, l) in chain.Names) parts.Add(d.Body[w[f].Start..w[l].End]);
        if (MostSpecific(parts, iso2) is not var (k, resolved)) return null;
        var (first, last) = chain.Names[k];
        resolved = TownForDivision(d, resolved, w[first].Start, w[last].End);
        var textStart = first > 0 && w[first - 1].Norm is "east" or "west" or "north" or "south" or "eastern" or "western" or "northern" or "southern" ? w[first - 1].Start : w[first].Start;
        return (Record(d.Body[textStart..w[last].End], resolved), new EvidenceRecord("location", w[first].Start, w[last].End));
    }

    /// <summary>The bare name resolved to a division ("Maarat al-Numan" → its district) where the geoparser, reading the
    /// sentence, placed the same words at a town of that division ("the town of Maarat al-Numan"): the town.</summary>
    private static PlaceRecord TownForDivision(Document d, PlaceRecord resolved, int start, int end)
    {
        if (PrecisionOf(resolved) is not ("admin2" or "admin1")) return resolved;
        foreach (var p in d.Places)
        {
            if (p.Start == start && p.End == end && p.IsNamedPlace && p.GeonamesId is not null && PrecisionOf(p) == "city" &&
                p.Country == resolved.Country && p.Admin1 == resolved.Admin1) return p;
        }
        return resolved;
    }

    /// <summary>The most specific part of a written chain "X, Y, Z" (each tried with the parts after it) that resolves in
    /// the document's country. A part is passed over when the unit after it resolves to another first-order division
    /// ("Pisky, Donetsk" is not the Pisky of Mykolaiv oblast: the gazetteer lacks Donetsk's, so Donetsk it is), or when
    /// it names the country while a later part names a place in it ("western Yemen (Hays, Al Hudaydah)").</summary>
    private (int Part, PlaceRecord Place)? MostSpecific(List<string> parts, string? iso2)
    {
        if (ResolvePlace is null || parts.Count == 0) return null;
        var hinted = CountryHint is not null;
        // resolved[k]: the chain from part k on (the geoparser places its most specific known part first)
        var resolved = new PlaceRecord?[parts.Count + 1];
        for (var k = parts.Count - 1; k >= 0; k--)
        {
            var r = ResolvePlace(string.Join(", ", parts.Skip(k)), iso2);
            resolved[k] = r is null || Foreign(r, iso2, hinted) ? null : r;
        }
        for (var k = 0; k < parts.Count; k++)
        {
            if (resolved[k] is not { } place) continue;
            if (resolved[k + 1] is { } rest && InAnotherUnit(place, rest, parts[k + 1])) continue;
            if (PrecisionOf(place) == "country" && LaterSubnational(resolved, k + 1)) continue;
            return (k, place);
        }
        return null;
    }

    /// <summary>A name the geoparser put abroad may have a namesake in the country the caller gave ("Tripoli" in a
    /// Lebanese note): that one, at the mention's span; else the place as it is.</summary>
    private PlaceRecord AtHome(PlaceRecord p, string? iso2) =>
        CountryHint is not null && Foreign(p, iso2, true) && ResolvePlace?.Invoke(p.Text, iso2) is { } local && !Foreign(local, iso2, true)
            ? AtMention(local, p)
            : p;

    /// <summary><paramref name="local"/>'s gazetteer fields at <paramref name="mention"/>'s span and wording.</summary>
    private static PlaceRecord AtMention(PlaceRecord local, PlaceRecord mention) => new()
    {
        Text = mention.Text, Start = mention.Start, End = mention.End, Modifier = mention.Modifier, Name = local.Name,
        GeonamesId = local.GeonamesId, Lat = local.Lat, Lon = local.Lon, Country = local.Country, Admin1 = local.Admin1,
        FeatureCode = local.FeatureCode, Precision = local.Precision, Confidence = local.Confidence,
    };

    /// <summary>Whether the chain's next part puts <paramref name="place"/> in another first-order division — unless that
    /// part names the place's own division ("La Plata (Buenos Aires)": the province, read as its namesake city) or is a
    /// plain place inside a seat ("Panama City (Bella Vista)": a district of the city, not a unit above it).</summary>
    private static bool InAnotherUnit(PlaceRecord place, PlaceRecord rest, string restText) =>
        rest.Admin1 is { } unit && rest.Country == place.Country && place.Admin1 != unit &&
        !string.Equals(place.Admin1, restText, StringComparison.OrdinalIgnoreCase) &&
        !(place.FeatureCode is "PPLC" or "PPLA" && rest.FeatureCode is "PPL" or "PPLX");

    /// <summary>"pro-Ankara rebels", "anti-Kyiv protesters", "the Saudi-led coalition", "Russian-backed separatists": the
    /// name stands for a government or a side, not a place.</summary>
    private static bool IsAffiliation(string body, PlaceRecord p)
    {
        if (p.Start >= 4 && body[p.Start - 1] == '-' &&
            (body.AsSpan(p.Start - 4, 3).Equals("pro", StringComparison.OrdinalIgnoreCase) ||
             p.Start >= 5 && body.AsSpan(p.Start - 5, 4).Equals("anti", StringComparison.OrdinalIgnoreCase))) return true;
        var after = body.AsSpan(p.End);
        return after.StartsWith("-led", StringComparison.OrdinalIgnoreCase) || after.StartsWith("-backed", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("-allied", StringComparison.OrdinalIgnoreCase) || after.StartsWith("-aligned", StringComparison.OrdinalIgnoreCase);
    }

    private static bool LaterSubnational(PlaceRecord?[] resolved, int from)
    {
        for (var j = from; j < resolved.Length; j++)
        {
            if (resolved[j] is { } r && PrecisionOf(r) != "country") return true;
        }
        return false;
    }

    /// <summary>A place outside the document's country is kept only when it is a capital or a first-order seat
    /// (talks "in Ankara"); a foreign village is more likely a wrong reading. A country the caller gave
    /// (<see cref="CountryHint"/>, <paramref name="hinted"/>) keeps no foreign place at all: "outside Geo office" is not
    /// Georgetown, and an event "near the Niger border" happened on this side of it.</summary>
    private static bool Foreign(PlaceRecord p, string? iso2, bool hinted) =>
        iso2 is not null && p.Country is not null && p.Country != iso2 && (hinted || p.FeatureCode is not ("PPLC" or "PPLA" or "PCLI"));

    private static LocationRecord Record(string text, PlaceRecord p) => new()
    {
        Text = text,
        Name = p.Name,
        GeonamesId = p.GeonamesId,
        Lat = p.Lat,
        Lon = p.Lon,
        Country = p.Country,
        Precision = PrecisionOf(p),
        Admin1 = p.Admin1,
    };

    /// <summary>The dateline place, else the most mentioned resolved place (the document's focus), a place inside the
    /// country before the country itself ("in Lebanon in Sidon … Lebanon"). With a country hint, names the geoparser
    /// put abroad are read at home first.</summary>
    private PlaceRecord? FallbackPlace(Document d, string? iso2)
    {
        if (d.Places.Count == 0) return null;
        if (d.Dateline is { } dateline)
        {
            foreach (var p in d.Places)
            {
                if (p.IsNamedPlace && p.GeonamesId is not null && string.Equals(p.Text, dateline, StringComparison.OrdinalIgnoreCase)) return p;
            }
        }
        return d.Places.Where(p => p.IsNamedPlace && (p.GeonamesId is not null || p.Lat is not null) && !IsAffiliation(d.Body, p))
            .Select(p => AtHome(p, iso2))
            .Where(p => iso2 is null || p.Country is null || p.Country == iso2)
            .GroupBy(p => p.GeonamesId ?? 0)
            .OrderBy(g => PrecisionOf(g.First()) == "country" ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.First().Start)
            .Select(g => g.First())
            .FirstOrDefault();
    }

    private static string PrecisionOf(PlaceRecord p)
    {
        if (p.Precision is { } precision) return precision;
        var fc = p.FeatureCode ?? "";
        if (fc.StartsWith("PCL", StringComparison.Ordinal)) return "country";
        if (fc == "ADM1") return "admin1";
        if (fc is "ADM2" or "ADM3") return "admin2";
        if (fc is "PPLX" or "PPLQ") return "neighbourhood";
        return "city";
    }
}
