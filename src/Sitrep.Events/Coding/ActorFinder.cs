using Sitrep.Events.Dictionaries;
using Sitrep.Events.Text;

namespace Sitrep.Events.Coding;

/// <summary>Finds actor mentions in a sentence: our generic phrases, PETRARCH actors and agents combined
/// ("Turkish Foreign Minister Mevlut Cavusoglu" → TUR + GOV), unknown capitalised names with appositive roles,
/// back-references ("they"), and the counts written before them ("at least 26 civilians").</summary>
public sealed class ActorFinder(EventLexicon lexicon, CameoDictionary? dictionary)
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "other", "armed", "unidentified", "unknown", "local", "suspected",
        "advancing", "allied", "terrified", "leading", "former", "senior", "top", "main", "heavily", "masked", "alleged",
        "several", "many", "some", "young", "elderly", "innocent", "fleeing", "displaced", "trapped", "besieged", "retreating",
        "newly", "new", "rival", "fellow", "unarmed", "peaceful", "angry", "hundreds", "dozens", "thousands", "of",
        "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central",
    };

    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "from", "into", "inside", "outside", "across", "toward", "towards", "around", "throughout", "since", "during",
    };

    private static readonly HashSet<string> NameStop = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "the", "a", "an", "in", "on", "as",
        "after", "but", "and", "earlier", "last", "this", "it", "they", "he", "she", "we", "i", "on", "at", "show", "more",
    };

    public List<ActorMention> Find(Word[] w, DateOnly? date, Func<int, int, bool> isPlace)
    {
        var mentions = new List<ActorMention>();
        var i = 0;
        while (i < w.Length)
        {
            var m = TryAt(w, i, date, isPlace);
            if (m is null) { i++; continue; }
            AttachQuantity(w, m);
            m.Affiliated |= AffiliationBefore(w, m.First);
            var p = m.First - 1;
            while (p >= 0 && (Modifiers.Contains(w[p].Norm) && w[p].Norm != "of")) p--;
            if (p >= 0)
            {
                m.Preposition = w[p].Norm;
                m.Locative = Locatives.Contains(w[p].Norm);
            }
            mentions.Add(m);
            i = m.Last + 1;
        }
        return mentions;
    }

    /// <summary>"pro-Ankara rebels", "anti-government protesters": a pro-/anti- word (one token or three) just before.</summary>
    private static bool AffiliationBefore(Word[] w, int first)
    {
        var q = first - 1;
        if (q < 0) return false;
        if (w[q].Norm.Length > 5 && (w[q].Norm.StartsWith("pro-", StringComparison.Ordinal) || w[q].Norm.StartsWith("anti-", StringComparison.Ordinal))) return true;
        return q >= 2 && w[q - 1].Norm == "-" && w[q - 2].Norm is "pro" or "anti" && w[q - 2].End == w[q - 1].Start && w[q - 1].End == w[q].Start;
    }

    private ActorMention? TryAt(Word[] w, int i, DateOnly? date, Func<int, int, bool> isPlace)
    {
        if (w[i].IsPunct) return null;
        var (pron, pronLength) = lexicon.Pronouns.Longest(w, i);
        if (pron is not null)
        {
            return new ActorMention { First = i, Last = i + pronLength - 1, Pronoun = true };
        }
        ActorMention? m = null;
        string? standIn = null;
        var affiliated = false;
        var j = i;
        while (j < w.Length)
        {
            var k = j;
            while (k < w.Length && Modifiers.Contains(w[k].Norm) && !(m is null && w[k].Norm == "of")) k++;
            if (m is not null && k < w.Length && (w[k].Norm == "'s") ) k++;
            if (k >= w.Length) break;
            var (generic, gl) = lexicon.Actors.Longest(w, k);
            var (actor, al) = dictionary is null ? (null, 0) : dictionary.Actors.Longest(w, k);
            var (agent, gtl) = dictionary is null ? (null, 0) : dictionary.Agents.Longest(w, k);
            var best = Math.Max(gl, Math.Max(al, gtl));
            if (best == 0) break;
            // "Port-au-Prince": the end of a hyphenated place name is no actor of its own
            if (m is null && k > 0 && w[k - 1].Norm == "-" && w[k - 1].End == w[k].Start && isPlace(w[k].Start, w[k + best - 1].End)) break;
            // "pro-Ankara rebels": the country named is the side the rebels take, not theirs — the actor starts after it
            if (m is null && al == best && actor is not null && CameoDictionary.ResolveCode(actor, date).Length == 3 && AffiliationBefore(w, k))
            {
                affiliated = true;
                j = k + best;
                continue;
            }
            // Actor dictionary entries that are places ("in Aleppo") are places, not participants.
            if (best == al && gl < al && isPlace(w[k].Start, w[k + al - 1].End) && m is null && i > 0 && Locatives.Contains(w[i - 1].Norm)) break;
            // "representatives of the Syrian opposition": a generic GOV/CVL head stands for the group its "of" phrase
            // names, whose role replaces the head's instead of joining it (SYROPP, not SYRGOVOPP)
            if (m is not null && m.Role is "GOV" or "CVL" && m.Role2 is null && standIn is null && CrossesOf(w, j, k)) (standIn, m.Role, m.Name) = (m.Role, null, null);
            m ??= new ActorMention { First = k, Affiliated = affiliated };
            if (gl == best && generic is not null) ApplyGeneric(m, generic);
            else if (al == best && actor is not null) ApplyCode(m, CameoDictionary.ResolveCode(actor, date), CameoDictionary.Pick(actor, date).Name, k, al, w);
            else if (agent is not null) ApplyAgent(m, agent.Code);
            m.Last = k + best - 1;
            j = k + best;
        }
        if (m is null)
        {
            return affiliated ? null : UnknownName(w, i, isPlace);
        }
        if (m.Role is null && standIn is not null) (m.Role, m.CountryOnly) = (standIn, false); // "officials of Syria": SYRGOV
        // A title followed by a name: "Foreign Minister Mevlut Cavusoglu".
        var n = m.Last + 1;
        while (n < w.Length && w[n].Capitalized && !w[n].IsPunct && !NameStop.Contains(w[n].Norm) && !isPlace(w[n].Start, w[n].End)) n++;
        if (n > m.Last + 1 && m.Role is not null && !m.CountryOnly)
        {
            m.Name = null;
            m.Last = n - 1;
        }
        return m;
    }

    private static bool CrossesOf(Word[] w, int from, int to)
    {
        for (var x = from; x < to; x++)
        {
            if (w[x].Norm == "of") return true;
        }
        return false;
    }

    private static void ApplyGeneric(ActorMention m, GenericActor g)
    {
        if (g.Country != "*" && m.Country is null) m.Country = g.Country;
        if (g.Country == "*") m.NeedsCountry = m.Country is null;
        SetRole(m, g.Role);
        m.Name ??= g.Name;
        m.CountryOnly = false;
    }

    private static void ApplyAgent(ActorMention m, string code)
    {
        var role = code.Length >= 3 ? code[..3] : code;
        SetRole(m, role);
        m.NeedsCountry = m.Country is null;
        m.CountryOnly = false;
    }

    private static void SetRole(ActorMention m, string role)
    {
        if (m.Role is null) m.Role = role;
        else if (m.Role == "GOV" && role is "MIL" or "COP") m.Role = role; // "regime artillery", "government troops"
        else if (m.Role != role && m.Role2 is null && !(m.Role is "MIL" && role is "GOV")) m.Role2 = role;
    }

    private static void ApplyCode(ActorMention m, string code, string name, int k, int length, Word[] w)
    {
        if (code.Length < 3 || code == "---") return;
        var country = code[..3];
        var roles = code[3..];
        if (m.Country is null) m.Country = country;
        else if (m.Role is null && roles.Length == 0) { /* "Syrian Turkish": keep the first */ }
        if (roles.Length >= 3)
        {
            SetRole(m, roles[..3]);
            if (roles.Length >= 6 && m.Role2 is null) m.Role2 = roles[3..6];
            m.Name = name;
            m.CountryOnly = false;
        }
        else if (m.Role is null)
        {
            m.CountryOnly = true;
            m.Name ??= name;
            // "50,000 Syrians": a plural nationality noun means people of that country.
            var last = w[k + length - 1].Norm;
            if (last.EndsWith("ians", StringComparison.Ordinal) || last.EndsWith("ans", StringComparison.Ordinal) || last.EndsWith("is", StringComparison.Ordinal) && last.Length > 4)
            {
                m.PluralPeople = true;
            }
        }
        m.NeedsCountry = false;
    }

    private ActorMention? UnknownName(Word[] w, int i, Func<int, int, bool> isPlace)
    {
        if (!w[i].Capitalized || NameStop.Contains(w[i].Norm) || w[i].IsPunct) return null;
        if (i == 0 && (i + 1 >= w.Length || !w[i + 1].Capitalized)) return null;
        var j = i;
        while (j < w.Length && !w[j].IsPunct && (w[j].Capitalized || (w[j].Norm is "al" or "bin" or "ibn" or "de" or "el") && j + 1 < w.Length && w[j + 1].Capitalized)
               && !NameStop.Contains(w[j].Norm))
        {
            j++;
        }
        if (j == i || isPlace(w[i].Start, w[j - 1].End)) return null;
        if (i > 0 && Locatives.Contains(w[i - 1].Norm)) return null;
        // "IISIL jihadists", "Shabaab militants": a name the dictionaries lack, heading a generic actor noun, is that actor
        var (head, hl) = lexicon.Actors.Longest(w, j);
        if (head is not null && head.Role is not "CVL")
        {
            var named = new ActorMention { First = i, Last = j + hl - 1 };
            ApplyGeneric(named, head);
            return named;
        }
        var m = new ActorMention { First = i, Last = j - 1, UnknownName = true };
        // Appositive: "Riad Hijab, head of the opposition High Negotiations Committee"
        if (j + 2 < w.Length && w[j].Norm == ",")
        {
            var limit = Math.Min(w.Length, j + 9);
            for (var k = j + 1; k < limit; k++)
            {
                var (generic, gl) = lexicon.Actors.Longest(w, k);
                var (agent, al) = dictionary is null ? (null, 0) : dictionary.Agents.Longest(w, k);
                if (generic is not null && gl >= al && generic.Role is not "CVL")
                {
                    if (generic.Country != "*") m.Country = generic.Country; else m.NeedsCountry = true;
                    m.Role = generic.Role;
                    break;
                }
                if (agent is not null)
                {
                    m.Role = agent.Code.Length >= 3 ? agent.Code[..3] : agent.Code;
                    m.NeedsCountry = true;
                    break;
                }
                if (w[k].IsPunct) break;
            }
        }
        return m;
    }

    /// <summary>"at least 26 civilians", "dozens of people", "a girl".</summary>
    private static void AttachQuantity(Word[] w, ActorMention m)
    {
        if (m.Pronoun) return;
        var start = m.First;
        // step back over modifiers between count and noun ("26 Syrian civilians" is handled by the mention itself)
        var p = start - 1;
        while (p >= 0 && w[p].Norm is "of" or "other" or "more" or "innocent" or "unarmed" or "armed" or "young" or "terrified" or "local") p--;
        for (var s = Math.Max(0, p - 4); s <= p; s++)
        {
            var q = QuantityParser.At(w, s);
            if (q is not null && q.Last == p)
            {
                m.Quantity = q;
                m.First = Math.Min(m.First, q.First);
                return;
            }
        }
        if (p >= 0 && w[p].Norm is "a" or "an" or "one" && m.Last == start && (m.Role is "CVL" or "MIL" or "COP" or "REB" or "UAF"))
        {
            m.Quantity = new Quantity(1, 1, 1, w[p].Norm != "one", p, p);
            m.First = p;
        }
    }
}
