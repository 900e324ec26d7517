using Sitrep.Events.Text;

namespace Sitrep.Events.Coding;

/// <summary>Which actor mentions can take part in an event (news mode). A place is never an actor unless it is the
/// metonymic subject of a speech verb ("a charge Kigali denies"); the speaker of a reporting clause ("medics said")
/// reports events rather than taking part; a nationality adjective before a noun ("the Syrian conflict") is a modifier.</summary>
public static class ParticipantRules
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "reported", "reports", "added", "stated", "announced", "confirmed",
        "denies", "denied", "claimed", "wrote", "explained", "noted", "insisted",
    };

    /// <summary>Words that may sit between a speaker and its verb: "a doctors' committee said", "an army officer said".</summary>
    private static readonly HashSet<string> SpeakerNouns = new(StringComparer.Ordinal)
    {
        "'", "'s", "’", "’s", "committee", "officer", "officers", "official", "officials", "spokesman", "spokeswoman",
        "spokesperson", "source", "sources", "commander", "statement", "ministry", "also", "later", "has", "have", "had",
    };

    private static readonly HashSet<string> SettlementNouns = new(StringComparer.Ordinal)
    {
        "town", "city", "village", "district", "province", "region", "area", "neighbourhood", "neighborhood", "suburb", "camp", "county",
    };

    /// <summary>Marks <see cref="ActorMention.Reporter"/> and <see cref="ActorMention.NotParticipant"/>.
    /// <paramref name="isSubnationalPlace"/>(start, end, orLocEntity): the span overlaps a resolved place below country
    /// level (or, when asked, a LOC entity).</summary>
    public static void Mark(Word[] w, List<ActorMention> mentions, Func<int, int, bool, bool> isSubnationalPlace)
    {
        foreach (var m in mentions)
        {
            if (m.Pronoun) continue;
            var speaks = SpeechAfter(w, m.Last + 1);
            m.Reporter = speaks || SpeechBefore(w, m.First, m.Last);
            // a name the dictionary codes as a country ("Rwanda") is a state, whatever the NER calls it; a town it
            // codes by its country ("Mosul" → IRQ) or an unknown name is a place when the geoparser resolved one there
            var place = (m.CountryOnly || m.UnknownName) && (isSubnationalPlace(w[m.First].Start, w[m.Last].End, m.UnknownName) || AfterSettlementNoun(w, m.First) || BeforeFacilityNoun(w, m.Last + 1));
            // "Russian missiles", "Saudi jets": the country's weapons are its military
            if (m.CountryOnly && m.Role is null && m.Last + 1 < w.Length && Weapons.Contains(w[m.Last + 1].Norm))
            {
                m.Role = "MIL";
                m.CountryOnly = false;
            }
            m.NotParticipant = m.Reporter || place && !speaks || m.CountryOnly && NationalityAdjective(w, m);
        }
    }

    private static readonly HashSet<string> Weapons = new(StringComparer.Ordinal)
    {
        "missile", "missiles", "rocket", "rockets", "jet", "jets", "warplane", "warplanes", "plane", "planes", "aircraft",
        "drone", "drones", "artillery", "shells", "shelling", "tank", "tanks", "bomber", "bombers", "helicopter", "helicopters",
        "gunship", "gunships", "warship", "warships", "navy", "airstrikes", "airstrike", "strikes",
    };

    private static bool SpeechAfter(Word[] w, int i)
    {
        var limit = Math.Min(w.Length, i + 3);
        for (var k = i; k < limit; k++)
        {
            if (SpeechVerbs.Contains(w[k].Norm)) return true;
            if (!SpeakerNouns.Contains(w[k].Norm)) return false;
        }
        return false;
    }

    /// <summary>"…, said Ahmed Salim", "according to local officials", "told by X": the mention names who reports. Not
    /// "the army said soldiers killed 15 assailants", where it opens the reported clause.</summary>
    private static bool SpeechBefore(Word[] w, int first, int last)
    {
        var p = first - 1;
        while (p >= 0 && w[p].Norm is "the" or "a" or "an" or "local" or "two" or "several") p--;
        if (p < 0) return false;
        if (w[p].Norm is "said" or "says") return !OpensClause(w, last + 1);
        if (w[p].Norm is "told") return true;
        return p >= 1 && w[p].Norm == "to" && w[p - 1].Norm == "according";
    }

    /// <summary>The word after a mention is a lower-case word that is no preposition or relative: a verb, so the mention
    /// is a subject.</summary>
    private static bool OpensClause(Word[] w, int next) =>
        next < w.Length && !w[next].IsPunct && !w[next].Capitalized && char.IsLetter(w[next].Norm[0]) &&
        w[next].Norm is not ("on" or "in" or "at" or "of" or "from" or "who" or "which" or "that" or "and" or "or" or "as" or "after"
            or "late" or "early" or "earlier" or "today" or "yesterday" or "tonight" or "last" or "this" or "to" or "for" or "with");

    private static readonly HashSet<string> FacilityNouns = new(StringComparer.Ordinal)
    {
        "market", "hospital", "mosque", "church", "school", "university", "square", "street", "road", "bridge", "airport",
        "base", "prison", "camp", "district", "neighbourhood", "neighborhood", "village", "town", "province", "region", "crossing",
    };

    /// <summary>"the Bab al-Tob market": a name before a facility noun names the facility.</summary>
    private static bool BeforeFacilityNoun(Word[] w, int i)
    {
        while (i < w.Length && (w[i].Capitalized || w[i].Norm is "al" or "el" or "-" or "ad" or "as")) i++;
        return i < w.Length && FacilityNouns.Contains(w[i].Norm);
    }

    /// <summary>"the nearby town of Hammam al-Alil": a name after "town of" is the town.</summary>
    private static bool AfterSettlementNoun(Word[] w, int first)
    {
        var p = first - 1;
        while (p >= 0 && (w[p].Capitalized || w[p].Norm is "al" or "el" or "-" or "ad" or "as")) p--;
        return p >= 1 && w[p].Norm == "of" && SettlementNouns.Contains(w[p - 1].Norm);
    }

    /// <summary>"the Syrian conflict": a demonym followed by a lower-case noun that is not part of the actor.</summary>
    private static bool NationalityAdjective(Word[] w, ActorMention m)
    {
        if (m.PluralPeople || m.Last + 1 >= w.Length) return false;
        var last = w[m.Last].Norm;
        var demonym = last.EndsWith("ian", StringComparison.Ordinal) || last.EndsWith("ish", StringComparison.Ordinal)
                      || last.EndsWith("ese", StringComparison.Ordinal) || last.EndsWith("an", StringComparison.Ordinal)
                      || last.EndsWith('i') && last.Length > 4;
        var next = w[m.Last + 1];
        return demonym && !next.IsPunct && !next.Capitalized && char.IsLetter(next.Norm[0]) && next.Norm is not ("and" or "or" or "is" or "was" or "has" or "had");
    }

    /// <summary>The same group on both sides ("soldiers → soldiers", "men → men"): same code and same head word.</summary>
    public static bool SameGroup(Word[] w, ActorMention? a, ActorMention? b, string? documentCountry)
    {
        if (a is null || b is null) return false;
        if (a.Resolved == b.Resolved) return true;
        var ra = a.Resolved;
        var rb = b.Resolved;
        if (ra.Last >= w.Length || rb.Last >= w.Length) return false;
        return a.Code(documentCountry) == b.Code(documentCountry) && w[ra.Last].Norm == w[rb.Last].Norm;
    }
}
