using Sitrep.Core;
using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Events.Coding;
using Sitrep.Events.Dictionaries;
using Sitrep.Events.Text;

namespace Sitrep.Events;

/// <summary>The event coder: finds every event an analyst would record in a document and fills
/// <see cref="Document.Events"/>: actors (CAMEO codes), CAMEO / PLOVER / ACLED types, place, date, counts,
/// evidence spans. Works on the tokenizer's words alone; uses places (geoparser) and entities (NER) when present.</summary>
public sealed class EventCoder : IDocumentStage
{
    private readonly EventLexicon _lexicon;
    private readonly CameoDictionary? _dictionary;
    private readonly ActorFinder _actors;
    private readonly EventTyping _typing;
    private readonly Dictionary<string, string> _countryNames = new(StringComparer.Ordinal);

    /// <summary>Optional ACLED type classifier for note-style text; null = the CAMEO → ACLED table only.</summary>
    public IAcledTypeClassifier? AcledClassifier { get; init; }

    /// <summary>Optional gazetteer lookup ("Zhari, Kandahar", "AF") for written place chains the geoparser did not
    /// resolve well; wired to <c>Sitrep.Geo.Geoparser.Resolve</c> by the CLI.</summary>
    public Func<string, string?, PlaceRecord?>? ResolvePlace { get; init; }

    /// <summary>Optional seat lookup: (ISO alpha-2, admin1 name) → that admin1's capital, (ISO alpha-2, null) → the
    /// country's capital. Note mode puts a province-level or unplaced event there (as ACLED does for its precision-3
    /// events) rather than at a division's centre; wired to the gazetteer by the CLI.</summary>
    public Func<string, string?, PlaceRecord?>? AdminSeat { get; init; }

    /// <summary>ISO alpha-2 country the caller knows the document is about (an ACLED row's country); it outranks the
    /// country the coder infers from the text and keeps places inside that country.</summary>
    public string? CountryHint { get; init; }

    public EventCoder() : this(CameoDictionary.Default) { }

    /// <summary>The same coder (shared dictionaries and tables) for documents known to be about <paramref name="iso2"/>.</summary>
    public EventCoder ForCountry(string? iso2) => new(this) { CountryHint = iso2 };

    private EventCoder(EventCoder other)
    {
        _lexicon = other._lexicon;
        _dictionary = other._dictionary;
        _actors = other._actors;
        _typing = other._typing;
        _countryNames = other._countryNames;
        AcledClassifier = other.AcledClassifier;
        ResolvePlace = other.ResolvePlace;
        AdminSeat = other.AdminSeat;
        UseDictionaryVerbs = other.UseDictionaryVerbs;
    }

    public EventCoder(CameoDictionary? dictionary)
    {
        _lexicon = EventLexicon.Default;
        _dictionary = dictionary;
        _actors = new ActorFinder(_lexicon, dictionary);
        _typing = EventTyping.Default;
        if (dictionary is not null)
        {
            foreach (var a in dictionary.Entries.Actors)
            {
                foreach (var c in a.Codes)
                {
                    if (c.Code.Length == 3) _countryNames.TryAdd(c.Code, a.Name);
                }
            }
        }
    }

    /// <summary>PETRARCH mode: code with the dictionary's verbs and patterns (as the validation suites expect)
    /// rather than our own trigger lexicon; an event then needs both a source and a target, as in PETRARCH.</summary>
    public bool UseDictionaryVerbs { get; init; }

    public string Name => "events";

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "was", "were", "is", "are", "been", "being", "be", "got", "get", "gets", "'s" };
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "n't", "never", "no", "cannot", "without" };
    private static readonly HashSet<string> TopicWords = new(StringComparer.Ordinal) { "on", "about", "over", "stop", "end", "halt", "prevent", "against", "escalating", "the", "a", "an", "of", "heavy", "intense", "renewed", "fierce", "recent", "emergency", "immediate", "any" };

    public void Process(Document document)
    {
        var sentences = WordView.Build(document);
        var isPlace = PlaceLookup(document);
        var isSubnationalPlace = SubnationalPlaceLookup(document);
        var perSentence = new List<(SentenceWords S, List<ActorMention> Actors, List<TriggerMatch> Triggers, List<DatePhrase> Dates)>(sentences.Count);
        var countryVotes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            var mentions = _actors.Find(s.Words, document.Published, isPlace);
            if (!UseDictionaryVerbs) ParticipantRules.Mark(s.Words, mentions, isSubnationalPlace);
            foreach (var m in mentions)
            {
                if (m.Country is { Length: 3 } c && c != "IGO" && c != "NGO" && c != "MNC") countryVotes[c] = countryVotes.GetValueOrDefault(c) + (m.CountryOnly ? 2 : 1);
            }
            perSentence.Add((s, mentions, FindTriggers(s.Words), DateResolver.Find(s.Words, document.Published)));
        }
        foreach (var p in document.Places)
        {
            if (p.IsNamedPlace && p.Country is { } iso2 && _lexicon.Iso2To3.TryGetValue(iso2, out var iso3)) countryVotes[iso3] = countryVotes.GetValueOrDefault(iso3) + 1;
        }
        var documentCountry = CountryHint is not null && _lexicon.Iso2To3.TryGetValue(CountryHint, out var hinted) ? hinted
            : countryVotes.Count == 0 ? null : countryVotes.MaxBy(kv => kv.Value).Key;

        ActorMention? lastActor = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var violentSoFar = false;
        var inSentence = new List<EventRecord>();
        foreach (var (s, mentions, triggers, dates) in perSentence)
        {
            ResolvePronouns(mentions, ref lastActor);
            ContextCountries(mentions);
            foreach (var t in triggers) Assemble(s.Words, t, mentions, triggers);
            if (!UseDictionaryVerbs && violentSoFar) DropAnaphoric(s.Words, triggers);
            if (!UseDictionaryVerbs && dates.Count == 0) DropRelativeClauses(s.Words, triggers);
            MergeViolent(s.Words, triggers);
            inSentence.Clear();
            foreach (var t in triggers)
            {
                if (t.Dropped) continue;
                var record = ToRecord(document, s, t, dates, documentCountry, _ => mentions);
                if (record is null) continue;
                var key = $"{record.Cameo}|{record.Actor1?.Code}|{record.Actor2?.Code}|{record.Fatalities?.Best}|{record.Displaced?.Best}|{record.Date}|{record.Location?.Name}";
                if (!seen.Add(key)) continue;
                if (!UseDictionaryVerbs && SentenceDedup.Absorbed(inSentence, record)) continue;
                inSentence.Add(record);
            }
            foreach (var record in inSentence)
            {
                document.Events.Add(record);
                violentSoFar |= record.Cameo.Length >= 2 && record.Cameo[..2] is "18" or "19" or "20";
            }
        }
        if (document.Events.Count == 0 && AcledClassifier is not null && document.Body.Length <= 1500 && perSentence.Count > 0)
        {
            NoteEvent(document, perSentence[0].S, perSentence[0].Actors, perSentence[0].Dates, documentCountry);
        }
        if (NoteMode(document)) ApplyNote(document, sentences, documentCountry);
        else ApplyCodedFatalities(document);
    }

    /// <summary>Note mode: an ACLED-style note (short text, the coder given an ACLED type classifier) describes one event.</summary>
    private bool NoteMode(Document d) => AcledClassifier is not null && d.Body.Length <= 1500;

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

    // ---------------- triggers ----------------

    private List<TriggerMatch> FindTriggers(Word[] w)
    {
        if (UseDictionaryVerbs && _dictionary is not null) return DictionaryTriggers(w, _dictionary);
        var list = new List<TriggerMatch>();
        for (var i = 0; i < w.Length; i++)
        {
            var (def, length) = _lexicon.Triggers.Longest(w, i);
            if (def is null) continue;
            // mid-sentence capitals are names ("Operation Olive Branch", "March")
            if (w[i].Capitalized && i > 0 && !w[i - 1].IsPunct && w[i].Norm != "un") { i += length - 1; continue; }
            if (def.Verb && i > 0 && (Determiner(w[i - 1].Norm) || i > 1 && Determiner(w[i - 2].Norm) && !w[i - 1].IsPunct))
            {
                var (noun, nounLength) = _lexicon.NounTriggers.Longest(w, i);
                if (noun is not null && nounLength == length) def = noun;
            }
            list.Add(new TriggerMatch { Def = def, First = i, Last = i + length - 1, Cameo = def.Cameo });
            i += length - 1;
        }
        return list;
    }

    private static List<TriggerMatch> DictionaryTriggers(Word[] w, CameoDictionary dictionary)
    {
        var list = new List<TriggerMatch>();
        for (var i = 0; i < w.Length; i++)
        {
            var (verb, length) = dictionary.Verbs.Longest(w, i);
            if (verb is null) continue;
            var code = verb.Code;
            if (dictionary.Patterns.TryGetValue(verb.Block, out var patterns))
            {
                foreach (var p in patterns)
                {
                    if (Matches(w, p.After, i + length, w.Length, dictionary) && Matches(w, p.Before, 0, i, dictionary)) { code = p.Code; break; }
                }
            }
            if (code is "---" or "" || !char.IsDigit(code[0])) { i += length - 1; continue; }
            var def = new TriggerDef(verb.Block, true, code, QuantityRole.None, false, false, false);
            list.Add(new TriggerMatch { Def = def, First = i, Last = i + length - 1, Cameo = code });
            i += length - 1;
        }
        return list;
    }

    /// <summary>Each element (word or &amp;synset) appears, in order, within [from, to).</summary>
    private static bool Matches(Word[] w, string[][] elements, int from, int to, CameoDictionary dictionary)
    {
        var k = from;
        foreach (var element in elements)
        {
            // PETRARCH's marker elements ('%' compound, '$' source, '+' target) take no words here
            if (element is ["%"] or ["$"] or ["+"]) continue;
            var found = false;
            for (; k < to && !found; k++)
            {
                if (element.Length == 1 && element[0].StartsWith('&'))
                {
                    found = dictionary.SynsetWords.TryGetValue(element[0], out var set) && set.Contains(w[k].Norm);
                }
                else
                {
                    found = true;
                    for (var e = 0; e < element.Length; e++)
                    {
                        if (k + e >= to || w[k + e].Norm != element[e]) { found = false; break; }
                    }
                    if (found) k += element.Length - 1;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    private static bool Determiner(string w) => w is "a" or "an" or "the" or "their" or "its" or "his" or "her" or "this" or "that" or "one" or "another" or "emergency" or "new" or "deadly" or "fresh";

    private static string? Instrument(Word[] w, int from, int to)
    {
        string? best = null;
        for (var i = Math.Max(0, from); i <= Math.Min(w.Length - 1, to); i++)
        {
            // "its air force later struck": an air force strikes from the air
            if (w[i].Norm == "air" && i + 1 < w.Length && w[i + 1].Norm is "force" or "forces" or "power")
            {
                if (best is null || Rank("195") > Rank(best)) best = "195";
                continue;
            }
            var code = w[i].Norm switch
            {
                "artillery" or "shell" or "shells" or "shelling" or "mortar" or "mortars" or "rocket" or "rockets" or "missile" or "missiles" or "tank" or "tanks" or "howitzer" or "grad" => "194",
                "airstrike" or "airstrikes" or "warplane" or "warplanes" or "jets" or "jet" or "aircraft" or "helicopter" or "helicopters" or "planes" or "plane" or "aerial" => "195",
                "drone" or "drones" or "uav" => "1952",
                "bomb" or "bombs" or "explosive" or "explosives" or "ied" or "ieds" or "grenade" or "grenades" or "landmine" or "mine" => "183",
                "gun" or "guns" or "gunmen" or "rifle" or "rifles" or "bullets" or "bullet" or "gunfire" or "firearms" or "ak-47" => "193",
                _ => null,
            };
            if (code is not null && (best is null || Rank(code) > Rank(best))) best = code;
        }
        return best;
        static int Rank(string c) => c switch { "183" => 4, "195" => 3, "1952" => 3, "194" => 2, _ => 1 };
    }

    private void Assemble(Word[] w, TriggerMatch t, List<ActorMention> mentions, List<TriggerMatch> all)
    {
        var first = t.First;
        // modality and negation from the words before the trigger
        for (var k = first - 1; k >= Math.Max(0, first - 5); k--)
        {
            var n = w[k].Norm;
            if (w[k].IsPunct && n != "'") break;
            if (Negators.Contains(n) || (n == "yet" && k + 1 < w.Length && w[k + 1].Norm == "to")) { t.Modality = "negated"; break; }
            if (n is "threatened" or "threatens" or "threaten" or "threatening") { t.Modality = "threatened"; break; }
            // "has vowed to retake territory": a pledge of force is a threat (CAMEO 13), not the act
            if (!UseDictionaryVerbs && n is "vowed" or "vows" or "vow" or "pledged" or "pledges") { t.Modality = "threatened"; break; }
            if (n is "likely" or "may" or "might" or "could" or "would" or "will" or "expected" or "plans" or "planned" or "plan" or "set" or "due" or "ready" or "preparing" or "intends" or "vowed" or "vows" or "wants" or "seeking" or "sought" or "seek" or "planning") { t.Modality = "likely"; break; }
            if (n is "to" && t.Def.Verb && k == first - 1 || n is "to" && k == first - 2 && w[k + 1].Norm.EndsWith("ly", StringComparison.Ordinal))
            {
                t.Modality = "intended"; // purpose clause: "to retake the city", "to deliver aid"
            }
        }
        if (t.Modality is "negated" || t.Modality is "intended" && !UseDictionaryVerbs) { t.Dropped = true; return; }
        if (UseDictionaryVerbs && t.Modality is "intended") t.Modality = null;
        // "the newly recaptured neighbourhood": a participle used as an adjective
        if (t.Def.Verb && first > 0 && (w[first - 1].Norm is "the" or "a" or "an" || first > 1 && w[first - 1].Norm.EndsWith("ly", StringComparison.Ordinal) && w[first - 2].Norm is "the" or "a" or "an"))
        {
            t.Dropped = true;
            return;
        }
        if (t.Modality == "threatened") t.Cameo = t.Def.Violent ? "138" : "130";
        // "the right to peaceful protest": a right, not a protest
        if (!UseDictionaryVerbs && RightTo(w, first)) { t.Dropped = true; return; }

        if (!t.Def.Verb)
        {
            // a nominal trigger that is only a topic ("talks on the fighting", "to stop the fighting")
            var k = first - 1;
            while (k >= 0 && TopicWords.Contains(w[k].Norm) && w[k].Norm is not ("on" or "about" or "over" or "stop" or "end" or "halt" or "prevent" or "against")) k--;
            if (k >= 0 && w[k].Norm is "on" or "about" or "over" or "stop" or "end" or "halt" or "prevent" or "condemned" or "condemn" or "discuss" && t.Def.Violent && k < first - 1)
            {
                t.Dropped = true;
                return;
            }
            // "has played a crucial role in the battles for Aleppo": a description of a part, not a new event
            var before = first - 1;
            while (before >= 0 && w[before].Norm is "the" or "a" or "an" or "its" or "their") before--;
            if (before >= 1 && w[before].Norm is "in" && w[before - 1].Norm is "role" or "part" or "roles" && t.Def.Violent)
            {
                t.Dropped = true;
                return;
            }
        }
        if (t.Def.NeedsInstrument)
        {
            var ins = Instrument(w, first - 4, t.Last + 5);
            if (ins is null) { t.Dropped = true; return; }
            t.Cameo = ins;
        }
        else if (t.Cameo is "190" && t.Modality is null)
        {
            var ins = Instrument(w, first - 8, t.Last + 8);
            if (ins is not null) t.Cameo = ins;
        }

        // voice
        var back = first - 1;
        while (back >= 0 && (w[back].Norm.EndsWith("ly", StringComparison.Ordinal) || w[back].Norm is "also" or "reportedly" or "allegedly" or "being")) back--;
        var participle = w[first].Norm.EndsWith("ed", StringComparison.Ordinal) || w[first].Norm.EndsWith("en", StringComparison.Ordinal)
                         || w[first].Norm is "shot" or "slain" or "fought" or "hurt" or "held" or "fled" or "retook" or "overrun" or "met";
        t.Passive = t.Def.Verb && participle && back >= 0 && BeForms.Contains(w[back].Norm);

        ActorMention? byAgent = null, left = null, right = null, ofMention = null, overlapping = null;
        var limitRight = w.Length;
        var news = !UseDictionaryVerbs;
        foreach (var other in all)
        {
            if (other.First <= t.Last || other == t) continue;
            // a later verb starts another clause; a later event noun ("after two days of fighting with X") takes its own object
            if (other.Def.Verb && !other.Def.CountOnly || news && !other.Def.Verb && !other.Def.CountOnly && other.First > t.Last + 1) { limitRight = other.First; break; }
        }
        foreach (var m in mentions)
        {
            if (news && m.NotParticipant) continue;
            if (m.Last >= first && m.First <= t.Last) { overlapping = m; continue; }
            if (m.Last < first)
            {
                var possessive = m.Last + 1 < w.Length && w[m.Last + 1].Norm == "'s";
                // "Regime forces and their allies have seized": the first conjunct heads the subject
                if (news && left is not null && !left.Pronoun && OnlyConjunction(w, left.Last + 1, m.First)) continue;
                if ((!m.Locative && m.Preposition != "of" && !possessive) || m.Pronoun) left = m;
            }
            else if (m.First > t.Last && m.First < limitRight)
            {
                if (m.Preposition == "by" && byAgent is null && m.First - t.Last <= 8) byAgent = m;
                else if (m.Preposition == "of" && ofMention is null && m.First - t.Last <= 4) ofMention = m;
                else if (right is null && !m.Locative && m.Preposition is not ("of" or "by") ) right = m;
            }
        }

        if (t.Def.Role == QuantityRole.Displace)
        {
            // the displaced are the subject (or "exodus of X"); the cause is an armed object ("fleeing regime forces") or "by X"
            var displaced = t.Def.Verb ? (t.Passive ? left : left ?? overlapping) : (left?.Quantity is not null ? left : ofMention ?? left);
            if (displaced is null && ofMention is not null) displaced = ofMention;
            t.Target = displaced;
            t.Source = byAgent ?? (right?.Resolved.Role is "MIL" or "REB" or "COP" or "INS" or "UAF" or "GOV" ? right : null);
            t.Count = displaced?.Resolved.Quantity ?? displaced?.Quantity ?? ofMention?.Quantity;
            t.CountRole = QuantityRole.Displace;
            return;
        }

        if (t.Def.Verb)
        {
            if (t.Passive)
            {
                t.Source = byAgent;
                t.Target = left;
            }
            else
            {
                t.Source = overlapping ?? left;
                t.Target = right ?? ofMention;
                // reduced passive: "20 elements killed", "3 people killed in"
                if (right is null && participle && left?.Quantity is not null && t.Def.Role != QuantityRole.None && !w[first].Norm.EndsWith("ing", StringComparison.Ordinal)
                    && !(news && ObjectFollows(w, t.Last + 1)))
                {
                    t.Target = left;
                    t.Source = byAgent;
                    t.Passive = true;
                }
                else if (byAgent is not null && t.Source is null) t.Source = byAgent;
            }
        }
        else
        {
            ActorMention? possessor = null;
            var k = first - 1;
            while (k >= 0 && (TopicWords.Contains(w[k].Norm) || w[k].Norm.EndsWith("ed", StringComparison.Ordinal) && k == first - 1)) k--;
            if (k >= 0 && w[k].Norm is "their" or "its" or "his" && left is not null) possessor = left;
            var adjacent = left is not null && left.Last >= first - 3 ? left : null;
            var victimVerb = left is not null && HasBetween(w, left.Last, first, "faced", "suffered", "under", "endured", "hit");
            t.Source = byAgent ?? overlapping ?? possessor ?? (victimVerb ? null : adjacent ?? (HasBetween(w, left?.Last ?? first, first, "held", "hold", "launched", "launch", "carried", "conducted", "staged", "led", "pressed", "joined", "began", "played", "gathered", "convened", "attended", "opened") ? left : null));
            if (victimVerb) t.Target = left;
            var onTarget = mentions.FirstOrDefault(m => m.First > t.Last && m.First <= t.Last + 6 && m.Preposition is "on" or "against" or "with" or "targeting" or "between" && !(news && m.NotParticipant));
            t.Target ??= onTarget;
            if (t.Source is null && left is not null && !victimVerb && left.Last >= first - 8) t.Source = left;
        }
        if (t.Source == t.Target) t.Target = null;
        if (news)
        {
            SharedSubject(w, t, all);
            // "At least eight soldiers were killed in the clashes": the victims are not their own attackers
            if (ParticipantRules.SameGroup(w, t.Source, t.Target, null)) t.Source = null;
        }

        // counts
        if (t.Def.Role != QuantityRole.None)
        {
            t.CountRole = t.Def.Role;
            t.Count = t.Target?.Quantity is { } tq ? Coordinated(w, mentions, t.Target, tq) : null;
            if (t.Count is null)
            {
                var after = t.Last + 1;
                var q = QuantityParser.At(w, after);
                var before = BareBefore(w, first);
                if (!t.Def.Verb && t.Def.CountOnly) t.Count = ofMention?.Quantity ?? before ?? q;
                else if (t.Passive) t.Count = before ?? left?.Quantity ?? q;
                // "wounded 30 others": an active verb's count is its object; "two men died": the subject of an intransitive one
                else if (t.Def.CountOnly && !w[first].Norm.EndsWith("ing", StringComparison.Ordinal)) t.Count = news && q is not null ? q : before ?? left?.Quantity ?? q;
                else t.Count = q ?? (t.Def.CountOnly ? right?.Quantity ?? ofMention?.Quantity ?? before : null);
            }
        }
    }

    /// <summary>"1 policeman and 2 civilians were killed": counts of conjoined victims add up.</summary>
    private static Quantity Coordinated(Word[] w, List<ActorMention> mentions, ActorMention target, Quantity q)
    {
        var index = mentions.IndexOf(target);
        int? low = q.Low, best = q.Best, high = q.High;
        var first = q.First;
        var last = q.Last;
        var estimated = q.Estimated;
        void Add(Quantity o)
        {
            low = low is null || o.Low is null ? null : low + o.Low;
            best = best is null || o.Best is null ? best ?? o.Best : best + o.Best;
            high = high is null || o.High is null ? null : high + o.High;
            estimated |= o.Estimated;
            first = Math.Min(first, o.First);
            last = Math.Max(last, o.Last);
        }
        for (var k = index - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.Quantity is null || !OnlyJoiners(w, m.Last + 1, mentions[k + 1].First)) break;
            Add(m.Quantity);
        }
        for (var k = index + 1; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Quantity is null || !OnlyJoiners(w, mentions[k - 1].Last + 1, m.First)) break;
            Add(m.Quantity);
        }
        return new Quantity(low, best, high, estimated, first, last);
    }

    /// <summary>"X and their allies", "X, Y": the words between two conjoined mentions.</summary>
    private static bool OnlyConjunction(Word[] w, int from, int to)
    {
        if (to <= from) return false;
        var and = false;
        for (var i = from; i < to; i++)
        {
            if (w[i].Norm is "and" or "or") and = true;
            else if (w[i].Norm is not ("their" or "its" or "his" or "her" or "the" or "," or "allied")) return false;
        }
        return and;
    }

    /// <summary>"stormed the post", "killed 20": an object follows the verb, so it is active, not a reduced passive.</summary>
    private static bool ObjectFollows(Word[] w, int i) =>
        i < w.Length && (w[i].Norm is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "this" or "that" || QuantityParser.At(w, i) is not null);

    /// <summary>"the right to peaceful protest", "freedom of assembly".</summary>
    private static bool RightTo(Word[] w, int first)
    {
        var p = first - 1;
        if (p >= 0 && w[p].Norm is "peaceful" or "free" or "public") p--;
        return p >= 1 && w[p].Norm is "to" or "of" && w[p - 1].Norm is "right" or "rights" or "freedom";
    }

    /// <summary>Coordinated and participial verbs and event nouns in an adjunct share the clause's subject:
    /// "shelled a market, killing 14", "killed 20 soldiers and wounded 11 in an attack". A subject that is an earlier
    /// verb's object is that verb's subject instead.</summary>
    private static void SharedSubject(Word[] w, TriggerMatch t, List<TriggerMatch> all)
    {
        if (t.Passive) return;
        TriggerMatch? previous = null, objectOf = null;
        foreach (var o in all)
        {
            if (o == t) break;
            if (o.Dropped || !o.Def.Verb) continue;
            if (o.Source is not null) previous = o;
            if (t.Source is not null && o.Target == t.Source) objectOf = o;
        }
        if (objectOf is not null && !(t.Def.Verb && Adjacent(w, t.Source!.Last, t.First)))
        {
            t.Source = objectOf.Source;
            return;
        }
        if (previous is null) return;
        var before = t.First > 0 ? w[t.First - 1].Norm : "";
        if (t.Def.Verb)
        {
            var participial = w[t.First].Norm.EndsWith("ing", StringComparison.Ordinal) && before is "," or "and";
            if (participial || before is "and" && t.Source is null) t.Source = previous.Source;
        }
        else if (t.Source is null && InAdjunct(w, t.First)) t.Source = previous.Source;
    }

    private static bool Adjacent(Word[] w, int last, int first)
    {
        for (var i = last + 1; i < first; i++)
        {
            if (!(w[i].Norm.EndsWith("ly", StringComparison.Ordinal) || BeForms.Contains(w[i].Norm) || w[i].Norm is "have" or "has" or "had" or "also" or "then" or "later")) return false;
        }
        return true;
    }

    /// <summary>"in an attack", "after two days of fighting": an event noun inside a prepositional adjunct.</summary>
    private static bool InAdjunct(Word[] w, int first)
    {
        for (var p = first - 1; p >= Math.Max(0, first - 5); p--)
        {
            if (w[p].Norm is "in" or "after" or "during" or "amid" or "following" or "of") return true;
            if (w[p].IsPunct || w[p].Norm is "and" or "but") return false;
        }
        return false;
    }

    /// <summary>"suspected of launching the attack": a definite event noun without a count of its own refers back to
    /// a violent event an earlier sentence reported.</summary>
    private static void DropAnaphoric(Word[] w, List<TriggerMatch> triggers)
    {
        foreach (var t in triggers)
        {
            if (t.Dropped || t.Def.Verb || !t.Def.Violent || t.Count is not null || t.First == 0) continue;
            if (w[t.First - 1].Norm is "the" or "this" or "that") t.Dropped = true;
        }
    }

    /// <summary>"Thousands of families who fled Mosul during the war … have yet to return": an undated verb in a
    /// relative clause describes who the participants are, not an event the article reports.</summary>
    private static void DropRelativeClauses(Word[] w, List<TriggerMatch> triggers)
    {
        foreach (var t in triggers)
        {
            if (t.Dropped || !t.Def.Verb || t.First == 0) continue;
            var p = t.First - 1;
            while (p > 0 && (w[p].Norm.EndsWith("ly", StringComparison.Ordinal) || w[p].Norm is "had" or "have" or "has" or "also")) p--;
            if (w[p].Norm is "who" or "which") t.Dropped = true;
        }
    }

    private static bool OnlyJoiners(Word[] w, int from, int to)
    {
        if (to <= from) return false;
        for (var i = from; i < to; i++)
        {
            if (w[i].Norm is not ("and" or "," or "as" or "well")) return false;
        }
        return true;
    }

    private static bool HasBetween(Word[] w, int from, int to, params string[] words)
    {
        for (var i = from + 1; i < to && i < w.Length; i++)
        {
            if (Array.IndexOf(words, w[i].Norm) >= 0) return true;
        }
        return false;
    }

    /// <summary>"26 killed", "26 were killed", "the death toll rose to 12": a count right before the trigger.</summary>
    private static Quantity? BareBefore(Word[] w, int first)
    {
        var p = first - 1;
        while (p >= 0 && (BeForms.Contains(w[p].Norm) || w[p].Norm is "others" or "other" or "people" or "reportedly" or "also")) p--;
        for (var s = Math.Max(0, p - 4); s <= p; s++)
        {
            var q = QuantityParser.At(w, s);
            if (q is not null && q.Last == p) return q;
        }
        return null;
    }

    /// <summary>One violent event per sentence and perpetrator: kill/injure counts and weapon words join the most specific trigger.</summary>
    private void MergeViolent(Word[] w, List<TriggerMatch> triggers)
    {
        var violent = triggers.Where(t => t.Def.Violent && !t.Dropped && t.Modality is null).ToList();
        if (violent.Count == 0) return;
        var groups = new List<List<TriggerMatch>>();
        foreach (var t in violent)
        {
            var code = t.Source?.Resolved is { } s ? (s.Country ?? "") + (s.Role ?? "") : null;
            var group = groups.FirstOrDefault(g =>
            {
                var other = g.Select(x => x.Source?.Resolved).FirstOrDefault(x => x is not null);
                var otherCode = other is null ? null : (other.Country ?? "") + (other.Role ?? "");
                return code is null || otherCode is null || code == otherCode || (t.Def.Role is QuantityRole.Kill or QuantityRole.Injure && t.Def.Verb && t.Source is null);
            });
            if (group is null) groups.Add([t]);
            else group.Add(t);
        }
        foreach (var g in groups)
        {
            // the trigger that carries the clause (a kill verb with its count, else the most specific written weapon)
            var main = g.OrderByDescending(x => x.Count is not null && x.Def.Verb ? 1 : 0).ThenByDescending(x => x.DefRank).ThenBy(x => x.First).First();
            var specific = g.MaxBy(x => x.Rank)!;
            if (specific.Rank > main.Rank) main.Cameo = specific.Cameo;
            var news = !UseDictionaryVerbs;
            // the main trigger's own count first: "killed 20 soldiers … in an attack on an army post" is 20, not 1
            if (news && main.Count is not null && main.CountRole != QuantityRole.None) main.Counts.TryAdd(main.CountRole, main.Count);
            foreach (var t in g)
            {
                if (t.Count is not null && t.CountRole != QuantityRole.None) main.Counts.TryAdd(t.CountRole, t.Count);
                if (t == main) continue;
                if (!(news && (t.Source == main.Target || ParticipantRules.SameGroup(w, t.Source, main.Target, null)))) main.Source ??= t.Source;
                if (main.Target is null || (main.Target.Quantity is null && t.Target?.Quantity is not null)
                    || news && main.Target.Pronoun && t.Target is { Pronoun: false }) main.Target = t.Target ?? main.Target;
                t.Dropped = true;
            }
            if (main.Def.CountOnly && main.Counts.Count == 0) main.Dropped = true;
        }
    }

    /// <summary>"Turkey is pressing a military incursion": a generic actor takes the country named just before it.</summary>
    private static void ContextCountries(List<ActorMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!m.NeedsCountry || m.Country is not null || m.UnknownName || m.Pronoun) continue;
            for (var j = i - 1; j >= 0; j--)
            {
                var c = mentions[j];
                if (m.First - c.Last > 7) break;
                if (c.Country is { Length: 3 } country && country is not ("IGO" or "NGO" or "MNC") && !c.Pronoun)
                {
                    m.Country = country;
                    m.NeedsCountry = false;
                    break;
                }
            }
        }
    }

    private static void ResolvePronouns(List<ActorMention> mentions, ref ActorMention? lastActor)
    {
        ActorMention? previous = null;
        foreach (var m in mentions)
        {
            if (m.Pronoun)
            {
                m.Antecedent = previous is { UnknownName: false } || previous?.Role is not null ? previous : lastActor;
                continue;
            }
            if (m.Role is not null && m.Role != "CVL" || m.CountryOnly && !m.Locative) previous = m;
        }
        if (previous is not null) lastActor = previous;
    }

    // ---------------- output ----------------

    private EventRecord? ToRecord(Document d, SentenceWords s, TriggerMatch t, List<DatePhrase> dates, string? documentCountry, Func<SentenceWords, List<ActorMention>> mentionsOf)
    {
        var w = s.Words;
        var counts = new Dictionary<QuantityRole, Quantity>(t.Counts);
        if (t.Count is not null && t.CountRole != QuantityRole.None) counts.TryAdd(t.CountRole, t.Count);
        if (UseDictionaryVerbs && (t.Source is null || t.Target is null)) return null;
        var keepBare = !UseDictionaryVerbs && t.Cameo.StartsWith("14", StringComparison.Ordinal) || AcledClassifier is not null && t.Def.Violent && !t.Def.CountOnly;
        if (t.Source is null && t.Target is null && counts.Count == 0 && !keepBare) return null;
        if (t.Source?.Resolved is { Pronoun: true }) t.Source = null;
        if (t.Target?.Resolved is { Pronoun: true }) t.Target = null;
        if (t.Source is null && t.Target is null && counts.Count == 0 && !keepBare) return null;
        // force used by the state on protesters is violent repression (CAMEO 175), not a battle
        if (!UseDictionaryVerbs && t.Def.Violent && t.Cameo.Length >= 2 && t.Cameo[..2] is "18" or "19"
            && t.Source?.Resolved.Role is "COP" or "MIL" or "GOV" or "SPY" && t.Target?.Resolved.Name == "Protesters") t.Cameo = "175";

        var evidence = new List<EvidenceRecord>();
        var triggerStart = w[t.First].Start;
        var triggerEnd = w[t.Last].End;
        evidence.Add(new EvidenceRecord("cameo", triggerStart, triggerEnd));

        var actor1 = Actor(d, w, t.Source, documentCountry, "actor1", evidence);
        var actor2 = Actor(d, w, t.Target, documentCountry, "actor2", evidence);
        var (plover, mode) = _typing.Plover(t.Cameo);
        var (acledType, acledSub) = _typing.Acled(t.Cameo, actor1?.Role, actor2?.Role);
        if (AcledClassifier is not null && (acledType is not null || t.Def.Violent))
        {
            // a short document is one note: classify it whole, as the model was trained
            var text = d.Body.Length <= 1500 ? d.Body.AsSpan() : d.Body.AsSpan(s.Start, s.End - s.Start);
            var predicted = AcledClassifier.Classify(text);
            if (predicted is { } p) (acledType, acledSub) = (p.EventType, p.SubEventType);
        }
        if (plover is not null) evidence.Add(new EvidenceRecord("plover", triggerStart, triggerEnd));
        if (acledType is not null) evidence.Add(new EvidenceRecord("acled_event_type", triggerStart, triggerEnd));

        // date: the nearest phrase in the sentence ("since … two weeks ago" only dates what lies inside it)
        DatePhrase? date = null;
        var bestDistance = int.MaxValue;
        foreach (var dp in dates)
        {
            if (dp.AfterSince && !(t.First < dp.First && t.First > dp.SinceIndex)) continue;
            if (Math.Abs(dp.First - t.First) > 25) continue;
            var distance = dp.First > t.Last ? dp.First - t.Last : t.First - dp.Last;
            if (distance < bestDistance) { bestDistance = distance; date = dp; }
        }
        if (date is not null) evidence.Add(new EvidenceRecord("date", w[date.First].Start, w[date.Last].End));

        var location = Location(d, s, t, evidence, mentionsOf(s), documentCountry);
        QuantityRecord? Q(QuantityRole role, string field)
        {
            if (!counts.TryGetValue(role, out var q)) return null;
            evidence.Add(new EvidenceRecord(field, w[q.First].Start, w[q.Last].End));
            return new QuantityRecord { Low = q.Low, Best = q.Best, High = q.High, Estimated = q.Estimated };
        }
        var fatalities = Q(QuantityRole.Kill, "fatalities");
        var injured = Q(QuantityRole.Injure, "injured");
        var displaced = Q(QuantityRole.Displace, "displaced");
        var detained = Q(QuantityRole.Detain, "detained");

        var confidence = 0.35 + (actor1?.Code is not null ? 0.2 : 0) + (actor2?.Code is not null ? 0.15 : 0)
                         + (date is not null ? 0.1 : 0) + (location is not null ? 0.1 : 0) + (counts.Count > 0 ? 0.05 : 0);
        if (t.Modality is not null) confidence *= 0.6;
        if (t.Def.CountOnly) confidence -= 0.1;
        confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.95), 2);

        return new EventRecord
        {
            Id = ContentHash.Of($"{d.ArticleId}:{s.Start}:{triggerStart}:{t.Cameo}"),
            Date = date?.Date ?? d.Published,
            DatePrecision = date?.Precision ?? (d.Published is null ? null : "day"),
            DateEarliest = date is not null && date.Earliest != date.Latest ? date.Earliest : null,
            DateLatest = date is not null && date.Earliest != date.Latest ? date.Latest : null,
            Cameo = t.Cameo,
            Plover = plover,
            PloverMode = mode,
            AcledEventType = acledType,
            AcledSubEventType = acledSub,
            Actor1 = actor1,
            Actor2 = actor2,
            Location = location,
            Fatalities = fatalities,
            Injured = injured,
            Displaced = displaced,
            Detained = detained,
            Sentence = new SpanRecord(s.Start, s.End),
            Evidence = evidence,
            Confidence = confidence,
            Modality = t.Modality,
        };
    }

    private ActorRecord? Actor(Document d, Word[] w, ActorMention? mention, string? documentCountry, string field, List<EvidenceRecord> evidence)
    {
        if (mention is null) return null;
        var m = mention.Resolved;
        var first = mention.First;
        var last = mention.Last;
        // the words of the mention itself (not the count before it)
        if (mention.Quantity is not null && mention.Quantity.Last < last) first = mention.Quantity.Last + 1;
        while (first < last && w[first].Norm is "the" or "a" or "an" or "of") first++;
        var start = w[first].Start;
        var end = w[last].End;
        evidence.Add(new EvidenceRecord(field, start, end));
        var country = mention.CountryCode(documentCountry);
        var role = m.Role ?? (m.PluralPeople || mention.PluralPeople ? "CVL" : null);
        var code = country is null && role is null ? null : (country ?? "") + (role ?? "") + (m.Role2 ?? "");
        var countryName = country is not null && _countryNames.TryGetValue(country, out var cn) ? cn : country;
        var name = m.UnknownName && !mention.Pronoun ? d.Body[w[m.First].Start..w[m.Last].End]
                 : m.Name is not null && role is not null && (m.NeedsCountry || m.CountryOnly) && countryName is not null ? $"{m.Name} ({countryName})"
                 : m.Name ?? countryName;
        if (role == "CVL" && m.CountryOnly) name = $"Civilians ({countryName})";
        return new ActorRecord
        {
            Text = d.Body[start..end],
            Name = name,
            Code = code,
            Country = country,
            Role = role,
            Start = start,
            End = end,
        };
    }

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
            if (IsActor(p.Start, p.End)) continue;
            var place = AtHome(p, iso2);
            if (Foreign(place, iso2, CountryHint is not null) && (CountryHint is not null || PrecisionOf(place) != "country")) continue;
            var distance = p.Start >= triggerEnd ? p.Start - triggerEnd : (triggerStart - p.End) * 2;
            var specificity = PrecisionOf(place) switch { "neighbourhood" => 0, "city" => 0, "admin2" => 40, "admin1" => 80, _ => 200 };
            var score = Math.Abs(distance) + specificity;
            if (score < bestScore) { bestScore = score; best = place; }
        }
        if (chainCountry is not null && (best is null || PrecisionOf(best) == "country"))
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
        var textStart = first > 0 && w[first - 1].Norm is "east" or "west" or "north" or "south" or "eastern" or "western" or "northern" or "southern" ? w[first - 1].Start : w[first].Start;
        return (Record(d.Body[textStart..w[last].End], resolved), new EvidenceRecord("location", w[first].Start, w[last].End));
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
            if (resolved[k + 1] is { Admin1: { } unit } rest && rest.Country == place.Country && place.Admin1 != unit) continue;
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
        return d.Places.Where(p => p.IsNamedPlace && (p.GeonamesId is not null || p.Lat is not null))
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

/// <summary>ACLED type for a piece of note-style text, or null when unsure.</summary>
public interface IAcledTypeClassifier
{
    (string EventType, string SubEventType)? Classify(ReadOnlySpan<char> text);
}
