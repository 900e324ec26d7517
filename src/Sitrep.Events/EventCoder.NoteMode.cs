using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Events.Coding;
using Sitrep.Events.Text;

namespace Sitrep.Events;

// Note mode: an ACLED-style note describes one event; its place, deaths and type come from note conventions.
public sealed partial class EventCoder
{
    /// <summary>A note's one event carries the note's total deaths (the coded figure when the note states one, else
    /// every kill mention summed) and the place ACLED writes as "Village (Admin2, Admin1)".</summary>
    private void ApplyNote(Document document, List<SentenceWords> sentences, string? documentCountry)
    {
        var main = Evaluation.AcledEvaluator.Main(document.Events);
        if (main is null) return;
        var coded = CodedFatalities.Find(document.Body) ?? NoteFatalities.Count(sentences);
        var iso2 = documentCountry is not null && _lexicon.Iso3To2.TryGetValue(documentCountry, out var c2) ? c2 : null;
        var place = NotePlace(document, sentences, iso2);
        for (var i = 0; i < document.Events.Count; i++)
        {
            var e = document.Events[i];
            if (e != main && e.Fatalities is null) continue;
            var evidence = e.Evidence.Where(v => v.Field != "fatalities" && (e != main || place is null || v.Field != "location")).ToList();
            QuantityRecord? fatalities = null;
            if (e == main && coded is { Count: > 0 } c)
            {
                fatalities = new QuantityRecord { Low = c.Count, Best = c.Count, High = c.Count };
                evidence.Add(new EvidenceRecord("fatalities", c.Start, c.End));
            }
            LocationRecord? location = null;
            if (e == main && place is { } p)
            {
                evidence.Add(new EvidenceRecord("location", p.Start, p.End));
                location = p.Location;
            }
            if (e == main) location = AtSeat(location ?? e.Location, iso2, documentCountry) ?? location;
            document.Events[i] = Clone(e, fatalities, evidence, location: location);
        }
    }

    /// <summary>A province-level place moves to the province's capital, a country-level or missing one to the country's
    /// capital (the unit, its name and precision stay): the point where such events are most often recorded, while a
    /// division's bounding-box centre is rarely near anything. Null when nothing changes.</summary>
    private LocationRecord? AtSeat(LocationRecord? location, string? iso2, string? documentCountry)
    {
        if (AdminSeat is null || iso2 is null) return null;
        if (location is not null && location.Country is { } c && c != iso2) return null;
        var precision = location?.Precision;
        PlaceRecord? seat = precision switch
        {
            "admin1" when location!.Admin1 is { } admin1 => AdminSeat(iso2, admin1),
            "country" or null => AdminSeat(iso2, null),
            _ => null,
        };
        if (seat?.Lat is null || seat.Lon is null) return null;
        var countryName = documentCountry is not null && _countryNames.TryGetValue(documentCountry, out var cn) ? cn : iso2;
        return new LocationRecord
        {
            Text = location?.Text ?? "", Name = location?.Name ?? countryName, GeonamesId = location?.GeonamesId,
            Lat = seat.Lat, Lon = seat.Lon, Country = iso2, Precision = precision ?? "country", Admin1 = location?.Admin1,
        };
    }

    private static readonly HashSet<string> ParenUnits = new(StringComparer.Ordinal) { "town", "city", "village", "locality", "area", "market", "camp" };

    // "(Poonch district, J&K)", "(Apa LGA, Benue)", "(Central Equatoria state)": the unit word is not part of the name
    private static readonly HashSet<string> ParenInnerUnits = new(StringComparer.Ordinal) { "district", "county", "state", "province", "region", "division", "municipality", "lga", "sub-county" };

    private static string WithoutUnitWord(string part)
    {
        var space = part.LastIndexOf(' ');
        return space > 0 && ParenInnerUnits.Contains(part[(space + 1)..].ToLowerInvariant()) ? part[..space] : part;
    }

    /// <summary>ACLED's place conventions: the chain of the lead "On 3 May 2020, in X, Y, …", else the first
    /// "Ti-n-Samane (Markoye, Oudalan)" / "Chawkay (Suki) district" chain, resolved most specific first (the village,
    /// else its admin2, else admin1).</summary>
    private (LocationRecord Location, int Start, int End)? NotePlace(Document d, List<SentenceWords> sentences, string? iso2)
    {
        if (ResolvePlace is null) return null;
        if (sentences.Count > 0 && LocativePhrases.Lead(sentences[0].Words) is { } lead &&
            ResolveChain(d, sentences[0].Words, lead, iso2) is ({ Precision: not "country" } leadPlace, var leadEvidence))
        {
            return (leadPlace, leadEvidence.Start, leadEvidence.End);
        }
        foreach (var s in sentences)
        {
            var w = s.Words;
            for (var open = 1; open + 2 < w.Length; open++)
            {
                if (w[open].Norm != "(") continue;
                // "Kotdiji town (Khairpur, Sindh)", "Mongbwalu locality (Djugu, Ituri)": the unit word stays out of the name
                var nameLast = open > 2 && ParenUnits.Contains(w[open - 1].Norm) && w[open - 2].Capitalized ? open - 2 : open - 1;
                if (!w[nameLast].Capitalized) continue;
                var close = open + 1;
                var ok = true;
                while (close < w.Length && w[close].Norm != ")")
                {
                    if (!(w[close].Capitalized || w[close].Norm is "," or "-" or "/" or "&" or "al" or "el" or "de" or "ad" || ParenInnerUnits.Contains(w[close].Norm))) { ok = false; break; }
                    close++;
                }
                if (!ok || close >= w.Length || close == open + 1) continue;
                var first = nameLast;
                while (first > 0 && (w[first - 1].Capitalized && !w[first - 1].IsPunct || w[first - 1].Norm is "-" or "al" or "el") && first - 1 > 0) first--;
                var village = d.Body[w[first].Start..w[nameLast].End];
                var parts = new List<string> { village };
                foreach (var part in d.Body[w[open + 1].Start..w[close - 1].End].Split(',')) parts.Add(WithoutUnitWord(part.Trim()));
                if (MostSpecific(parts, iso2) is var (k, resolved))
                {
                    return (Record(k == 0 ? village : parts[k], resolved), w[first].Start, w[close].End);
                }
            }
        }
        // else the note's first written chain below country level, whichever sentence its event was coded from
        foreach (var s in sentences)
        {
            foreach (var chain in LocativePhrases.Find(s.Words, static (_, _) => false))
            {
                if (ResolveChain(d, s.Words, chain, iso2) is ({ Precision: "city" or "neighbourhood" or "admin2" or "admin1" } place, var evidence))
                {
                    return (place, evidence.Start, evidence.End);
                }
            }
        }
        return null;
    }

    /// <summary>Note mode (an ACLED-style note and a type classifier): a note always describes one event, so when no
    /// trigger fired the classifier's type stands on the first sentence, with its first actors, date and place.</summary>
    private void NoteEvent(Document d, SentenceWords s, List<ActorMention> mentions, List<DatePhrase> dates, string? documentCountry)
    {
        if (AcledClassifier?.Classify(d.Body) is not { } type) return;
        var cameo = type.SubEventType switch
        {
            "Peaceful protest" or "Protest with intervention" => "141",
            "Excessive force against protesters" => "175",
            "Violent demonstration" or "Mob violence" => "145",
            "Armed clash" => "190",
            "Attack" => "180",
            "Abduction/forced disappearance" => "181",
            "Sexual violence" => "1821",
            "Shelling/artillery/missile attack" => "194",
            "Air/drone strike" => "195",
            "Remote explosive/landmine/IED" or "Grenade" => "183",
            "Suicide bomb" => "1831",
            "Arrests" => "173",
            "Looting/property destruction" => "1712",
            "Government regains territory" or "Non-state actor overtakes territory" => "192",
            "Agreement" => "057",
            _ => "01",
        };
        var def = new TriggerDef("", true, cameo, QuantityRole.None, true, false, false);
        var t = new TriggerMatch { Def = def, First = 0, Last = 0, Cameo = cameo };
        var participants = mentions.Where(m => !m.Locative && !m.Pronoun).ToList();
        t.Source = participants.FirstOrDefault();
        t.Target = participants.Skip(1).FirstOrDefault();
        var record = ToRecord(d, s, t, dates, documentCountry, _ => mentions);
        if (record is null) return;
        d.Events.Add(Clone(record, record.Fatalities, record.Evidence, type, Math.Round(record.Confidence * 0.7, 2)));
    }

    private static void ApplyCodedFatalities(Document document)
    {
        if (CodedFatalities.Find(document.Body) is not { } coded) return;
        EventRecord? main = null;
        foreach (var e in document.Events)
        {
            if (e.Cameo.Length >= 2 && e.Cameo[..2] is "18" or "19" or "20" && e.Cameo != "201" && (main is null || e.Confidence > main.Confidence)) main = e;
        }
        if (main is null) return;
        for (var i = 0; i < document.Events.Count; i++)
        {
            var e = document.Events[i];
            if (e.Fatalities is null && e != main) continue;
            var evidence = e.Evidence.Where(v => v.Field != "fatalities").ToList();
            QuantityRecord? fatalities = null;
            if (e == main)
            {
                fatalities = new QuantityRecord { Low = coded.Count, Best = coded.Count, High = coded.Count };
                evidence.Add(new EvidenceRecord("fatalities", coded.Start, coded.End));
            }
            document.Events[i] = Clone(e, fatalities, evidence);
        }
    }

    private static EventRecord Clone(EventRecord e, QuantityRecord? fatalities, List<EvidenceRecord> evidence,
        (string EventType, string SubEventType)? acled = null, double? confidence = null, LocationRecord? location = null) => new()
    {
        Id = e.Id, Date = e.Date, DatePrecision = e.DatePrecision, DateEarliest = e.DateEarliest, DateLatest = e.DateLatest,
        Cameo = e.Cameo, Plover = e.Plover, PloverMode = e.PloverMode, AcledEventType = acled?.EventType ?? e.AcledEventType,
        AcledSubEventType = acled?.SubEventType ?? e.AcledSubEventType, Actor1 = e.Actor1, Actor2 = e.Actor2, Location = location ?? e.Location,
        Fatalities = fatalities, Injured = e.Injured, Displaced = e.Displaced, Detained = e.Detained,
        Sentence = e.Sentence, Evidence = evidence, Confidence = confidence ?? e.Confidence, Modality = e.Modality,
    };
}
