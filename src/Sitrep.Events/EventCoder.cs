using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Events.Coding;
using Sitrep.Events.Dictionaries;
using Sitrep.Events.Text;

namespace Sitrep.Events;

/// <summary>The event coder: finds every event an analyst would record in a document and fills
/// <see cref="Document.Events"/>: actors (CAMEO codes), CAMEO / PLOVER / ACLED types, place, date, counts,
/// evidence spans. Works on the tokenizer's words alone; uses places (geoparser) and entities (NER) when present.</summary>
public sealed partial class EventCoder : IDocumentStage
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
        var nounAt = NounLookup(document);
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
            perSentence.Add((s, mentions, FindTriggers(s.Words, nounAt), DateResolver.Find(s.Words, document.Published)));
        }
        foreach (var p in document.Places)
        {
            // a demonym ("Russian missiles") is counted as the actor it is; a town or province is where the story is
            if (!p.IsNamedPlace || p.Kind == PlaceRecord.DemonymKind || IsAffiliation(document.Body, p) || p.Country is not { } iso2 ||
                !_lexicon.Iso2To3.TryGetValue(iso2, out var iso3)) continue;
            countryVotes[iso3] = countryVotes.GetValueOrDefault(iso3) + (PrecisionOf(p) == "country" ? 1 : 2);
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
            SeparateDisplaced(triggers);
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
}

/// <summary>ACLED type for a piece of note-style text, or null when unsure.</summary>
public interface IAcledTypeClassifier
{
    (string EventType, string SubEventType)? Classify(ReadOnlySpan<char> text);
}
