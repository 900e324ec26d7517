using Sitrep.Events.Coding;
using Sitrep.Events.Text;

namespace Sitrep.Events;

// Assembling a trigger's participants: source, target, counts, coordination, anaphora.
public sealed partial class EventCoder
{
    private void Assemble(Word[] w, TriggerMatch t, List<ActorMention> mentions, List<TriggerMatch> all)
    {
        var lacksInstrument = AssembleParts(w, t, mentions, all);
        // "Russian forces struck a school": no weapon word, but armed men striking is an attack ("struck a deal" is not;
        // neither is firing into the air)
        if (lacksInstrument && !(t.Source?.Resolved is { } source && IsArmed(source) && !IntoTheAir(w, t.Last))) t.Dropped = true;
    }

    private static bool IntoTheAir(Word[] w, int last)
    {
        for (var k = last + 1; k < Math.Min(w.Length, last + 4); k++)
        {
            if (w[k].Norm is "air" or "sky") return true;
        }
        return false;
    }

    /// <summary>Fills the trigger's modality, voice, participants and count; true when it needs a weapon word and has
    /// none (the caller decides by its subject).</summary>
    private bool AssembleParts(Word[] w, TriggerMatch t, List<ActorMention> mentions, List<TriggerMatch> all)
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
            if (n is "likely" or "may" or "might" or "could" or "would" or "will" or "expected" or "plans" or "planned" or "plan" or "due" or "ready" or "preparing" or "intends" or "vowed" or "vows" or "wants" or "seeking" or "sought" or "seek" or "planning") { t.Modality = "likely"; break; }
            // "was set to meet" (not "set fire to tyres and blocked roads")
            if (n is "set" && k + 1 < w.Length && w[k + 1].Norm is "to" or "for") { t.Modality = "likely"; break; }
            if (n is "to" && t.Def.Verb && k == first - 1 || n is "to" && k == first - 2 && w[k + 1].Norm.EndsWith("ly", StringComparison.Ordinal))
            {
                // purpose clause: "to retake the city", "to deliver aid" — but "forced 5,000 residents to flee" happened
                if (!t.Def.Verb || t.Def.Role != QuantityRole.Displace || !HasBetween(w, Math.Max(-1, k - 8), k, Causatives)) t.Modality = "intended";
            }
        }
        if (t.Modality is "negated" || t.Modality is "intended" && !UseDictionaryVerbs) { t.Dropped = true; return false; }
        if (UseDictionaryVerbs && t.Modality is "intended") t.Modality = null;
        // "the newly recaptured neighbourhood": a participle used as an adjective
        if (t.Def.Verb && first > 0 && (w[first - 1].Norm is "the" or "a" or "an" || first > 1 && w[first - 1].Norm.EndsWith("ly", StringComparison.Ordinal) && w[first - 2].Norm is "the" or "a" or "an"))
        {
            t.Dropped = true;
            return false;
        }
        // "riot police", "protest marshals": the word names who stops a protest, not a protest
        if (t.Cameo is "145" or "141" && t.Last + 1 < w.Length && w[t.Last + 1].Norm is "police" or "policemen" or "squad" or "squads" or "gear" or "control" or "unit" or "units" or "marshals")
        {
            t.Dropped = true;
            return false;
        }
        if (t.Modality == "threatened") t.Cameo = t.Def.Violent ? "138" : "130";
        // "the right to peaceful protest": a right, not a protest
        if (!UseDictionaryVerbs && RightTo(w, first)) { t.Dropped = true; return false; }

        if (!t.Def.Verb)
        {
            // a nominal trigger that is only a topic ("talks on the fighting", "to stop the fighting")
            var k = first - 1;
            while (k >= 0 && TopicWords.Contains(w[k].Norm) && w[k].Norm is not ("on" or "about" or "over" or "stop" or "end" or "halt" or "prevent" or "against")) k--;
            if (k >= 0 && w[k].Norm is "on" or "about" or "over" or "stop" or "end" or "halt" or "prevent" or "condemned" or "condemn" or "discuss" && t.Def.Violent && k < first - 1)
            {
                t.Dropped = true;
                return false;
            }
            // "has played a crucial role in the battles for Aleppo": a description of a part, not a new event
            var before = first - 1;
            while (before >= 0 && w[before].Norm is "the" or "a" or "an" or "its" or "their") before--;
            if (before >= 1 && w[before].Norm is "in" && w[before - 1].Norm is "role" or "part" or "roles" && t.Def.Violent)
            {
                t.Dropped = true;
                return false;
            }
        }
        // "the two men died of gunshot wounds": the wounds are how they died, no injury count
        if (t.Def.Role == QuantityRole.Injure && HasBetween(w, Math.Max(-1, first - 5), first, "died", "dies", "succumbed", "dying")) { t.Dropped = true; return false; }
        var lacksInstrument = false;
        if (t.Def.NeedsInstrument)
        {
            var ins = Instrument(w, first - 4, t.Last + 5);
            if (ins is null) lacksInstrument = true;
            else t.Cameo = ins;
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
                // "An air strike on a hospital … killed": the object of a preposition is never the subject
                if ((!m.Locative && m.Preposition is not ("of" or "on" or "against" or "at" or "targeting") && !possessive) || m.Pronoun) left = m;
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
            // … but not the subject of a clause of its own ("fled their homes after M23 rebels seized the town")
            var cause = right is not null && !HasBetween(w, t.Last, right.First, "after", "as", "when", "because", "since", "while", "following", "until")
                ? right : null;
            t.Source = byAgent ?? (cause?.Resolved.Role is "MIL" or "REB" or "COP" or "INS" or "UAF" or "GOV" ? cause : null);
            t.Count = displaced?.Resolved.Quantity ?? displaced?.Quantity ?? ofMention?.Quantity;
            t.CountRole = QuantityRole.Displace;
            // "the gunmen … stole livestock before fleeing on motorbikes": attackers getting away are not displaced people
            if (t.Def.Verb && displaced is not null && IsArmed(displaced.Resolved)) t.Dropped = true;
            return lacksInstrument;
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
            // "fired tear gas at demonstrators": force aimed at someone
            var onTarget = mentions.FirstOrDefault(m => m.First > t.Last && m.First <= t.Last + 6 && !(news && m.NotParticipant) &&
                (m.Preposition is "on" or "against" or "with" or "targeting" or "between" || m.Preposition is "at" && t.Cameo == "175"));
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
            t.Count = t.Target?.Quantity is { } tq && !CountedByLaterVerb(t, t.Target, all) ? Coordinated(w, mentions, t.Target, tq) : null;
            // "12 people were injured and nearly 40 detained": the bare count right before the second participle is its own
            if (t.Passive && t.Target is not null && BareBefore(w, first) is { } own && own.First > t.Target.Last) t.Count = own;
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
        return lacksInstrument;
    }

    /// <summary>"struck Khan Sheikhoun, wounding more than 30 people": the object's count belongs to the counting verb
    /// between the trigger and it (wounded, not killed by the strike).</summary>
    private static bool CountedByLaterVerb(TriggerMatch t, ActorMention target, List<TriggerMatch> all)
    {
        if (target.First <= t.Last) return false;
        foreach (var u in all)
        {
            if (u != t && u.Def.Verb && u.Def.Role is not QuantityRole.None && u.First > t.Last && u.Last < target.First) return true;
        }
        return false;
    }

    /// <summary>Forces, rebels, insurgents, armed men, police, and international militarised groups (CAMEO "IMG…").</summary>
    private static bool IsArmed(ActorMention m) => m.Role is "MIL" or "REB" or "INS" or "UAF" or "COP" || m.Country == "IMG";

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
        // "arrested 15 Palestinians in raids": the raid is how the arrests were made, not a battle of its own
        if (t.Def.Violent && t.Count is null && (objectOf ?? previous)?.Cameo == "173" && AdjunctWord(w, t.First) is "in" or "during")
        {
            t.Dropped = true;
            return;
        }
        // "an attack on a checkpoint that killed two officers": the relative clause's subject is the noun before "that"
        if (t.Def.Verb && objectOf is not null && t.First > 0 && w[t.First - 1].Norm is "that" or "which")
        {
            t.Source = null;
            return;
        }
        // "arrested five suspects after an attack": the arrested are not known to be the attackers, nor are the police
        if (objectOf is not null && AdjunctWord(w, t.First) is "after" or "following")
        {
            t.Source = null;
            return;
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
        // "killed in an attack", "captured the town after heavy fighting": the same actors
        else if (t.Source is null && AdjunctWord(w, t.First) is not null) t.Source = previous.Source;
    }

    private static bool Adjacent(Word[] w, int last, int first)
    {
        for (var i = last + 1; i < first; i++)
        {
            if (!(w[i].Norm.EndsWith("ly", StringComparison.Ordinal) || BeForms.Contains(w[i].Norm) || w[i].Norm is "have" or "has" or "had" or "also" or "then" or "later")) return false;
        }
        return true;
    }

    /// <summary>"in an attack", "after two days of fighting": the preposition of the adjunct an event noun sits in, or null.</summary>
    private static string? AdjunctWord(Word[] w, int first)
    {
        for (var p = first - 1; p >= Math.Max(0, first - 5); p--)
        {
            if (w[p].Norm is "in" or "after" or "during" or "amid" or "following" or "of") return w[p].Norm;
            if (w[p].IsPunct || w[p].Norm is "and" or "but") return null;
        }
        return null;
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

    private static readonly string[] Causatives = ["forced", "forcing", "forces", "force", "compelled", "drove", "driving", "prompted", "prompting", "caused", "causing"];

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

    /// <summary>"Heavy shelling forced some 5,000 residents to flee": the people a displacement counts may be the
    /// violence's target, but their number is no death toll.</summary>
    private static void SeparateDisplaced(List<TriggerMatch> triggers)
    {
        foreach (var d in triggers)
        {
            if (d.Dropped || d.Def.Role != QuantityRole.Displace || d.Target is null) continue;
            foreach (var t in triggers)
            {
                if (t == d || t.Dropped || !t.Def.Violent || t.Target != d.Target) continue;
                if (t.Def.Role is QuantityRole.Kill or QuantityRole.Injure) t.Count = null; // its CountRole, set by Assemble
            }
        }
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
                main.Fighting |= t.Def.Phrase is "clash" or "fight" or "fighting" or "battle" or "firefight" or "exchange fire" or "exchange of fire";
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
            if (!m.NeedsCountry || m.Country is not null || m.UnknownName || m.Pronoun || m.Affiliated) continue;
            for (var j = i - 1; j >= 0; j--)
            {
                var c = mentions[j];
                if (m.First - c.Last > 7) break;
                // "Israeli jets bombed a camp, killing 12 people": the victims are not the attackers' nationals
                // … nor of what the attackers' nationality was passed on to ("Russian missiles struck a school, killing …")
                if ((m.Role == "CVL" || m.Role is null && m.PluralPeople) && (IsArmed(c) || c.BorrowedCountry)) continue;
                if (c.Country is { Length: 3 } country && country is not ("IGO" or "NGO" or "MNC") && !c.Pronoun)
                {
                    m.Country = country;
                    m.NeedsCountry = false;
                    m.BorrowedCountry = true;
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
}
