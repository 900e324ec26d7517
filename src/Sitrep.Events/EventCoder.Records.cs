using Sitrep.Core;
using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Events.Coding;
using Sitrep.Events.Text;

namespace Sitrep.Events;

// Turning an assembled trigger into a sitrep/1 event record with evidence.
public sealed partial class EventCoder
{
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
        // protesters burning or wrecking things are a violent protest (ACLED Riots), not looting
        if (!UseDictionaryVerbs && t.Cameo.StartsWith("171", StringComparison.Ordinal) && t.Source?.Resolved.Name is "Protesters" or "Rioters") t.Cameo = "145";

        var evidence = new List<EvidenceRecord>();
        var triggerStart = w[t.First].Start;
        var triggerEnd = w[t.Last].End;
        evidence.Add(new EvidenceRecord("cameo", triggerStart, triggerEnd));

        // the place first: civilians, protesters and police with no country of their own are the place's
        var locationEvidence = new List<EvidenceRecord>(1);
        var location = Location(d, s, t, locationEvidence, mentionsOf(s), documentCountry);
        var localCountry = location?.Country is { } iso2 && _lexicon.Iso2To3.TryGetValue(iso2, out var iso3) ? iso3 : null;
        var actor1 = Actor(d, w, t.Source, documentCountry, localCountry, "actor1", evidence);
        var actor2 = Actor(d, w, t.Target, documentCountry, localCountry, "actor2", evidence);
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

        evidence.AddRange(locationEvidence);
        QuantityRecord? Q(QuantityRole role, string field)
        {
            if (!counts.TryGetValue(role, out var q)) return null;
            evidence.Add(new EvidenceRecord(field, w[q.First].Start, w[q.Last].End));
            return new QuantityRecord { Low = q.Low, Best = q.Best, High = q.High, Estimated = q.Estimated };
        }
        var fatalities = Q(QuantityRole.Kill, "fatalities");
        // "Clashes between two clans left 12 people dead": ACLED codes the fighting, civilian dead included
        if (t.Fighting && acledType == "Violence against civilians" && acledSub == "Attack" && AcledClassifier is null) (acledType, acledSub) = ("Battles", "Armed clash");
        // ACLED keeps "excessive force" for lethal repression; tear gas and dispersal are an intervention in a protest
        if (t.Cameo == "175" && acledSub == "Excessive force against protesters" && fatalities is null && AcledClassifier is null)
        {
            acledSub = "Protest with intervention";
        }
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

    private ActorRecord? Actor(Document d, Word[] w, ActorMention? mention, string? documentCountry, string? localCountry, string field,
        List<EvidenceRecord> evidence)
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
        var role = m.Role ?? (m.PluralPeople || mention.PluralPeople ? "CVL" : null);
        // "police detained 14 protesters in Moscow" in a story from Kyiv: the people of a place are that country's
        var country = mention.CountryCode(role is "CVL" or "COP" or "OPP" && localCountry is not null ? localCountry : documentCountry);
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
}
