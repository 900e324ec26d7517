using Sitrep.Events.Text;

namespace Sitrep.Events.Coding;

/// <summary>The death count of a whole ACLED-style note: every kill mention's victims summed once ("13 JNIM and 7 ISGS
/// militants were killed", "killed a civilian", "One VDP was killed", "shot dead an individual"), injuries left out,
/// bracketed side reports ("[A situation report … killed 15 militants]") ignored. ACLED codes vague counts low
/// ("several" 3, "dozens" 12).</summary>
public static class NoteFatalities
{
    private static readonly HashSet<string> KillWords = new(StringComparer.Ordinal)
    {
        "killed", "kill", "kills", "killing", "executed", "execute", "executing", "assassinated", "assassinating", "beheaded",
        "murdered", "murdering", "lynched", "lynches", "lynching", "hanged", "hung", "dead", "died", "succumbed", "kiled",
    };

    private static readonly HashSet<string> Skippable = new(StringComparer.Ordinal)
    {
        "was", "were", "are", "is", "been", "being", "have", "has", "had", "reportedly", "also", "allegedly", "later", "all",
        "shot", "found", "subsequently", "then", "eventually", "reported", "confirmed", "were/was", "both",
    };

    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        ".", ";", ":", ",", "(", ")", "after", "when", "while", "which", "who", "that", "as", "and", "but", "following", "during", "by", "in",
    };

    /// <summary>Total victims and the span (body offsets) of the first counted phrase, or null when no kill is stated.</summary>
    public static (int Count, int Start, int End)? Count(IReadOnlyList<SentenceWords> sentences)
    {
        // "2 fatalities." closing a note is the coder's own total
        foreach (var s in sentences)
        {
            var w = s.Words;
            for (var i = 1; i < w.Length; i++)
            {
                if (w[i].Norm is not ("fatalities" or "fatality") || QuantityParser.At(w, i - 1) is not { } q || q.Last != i - 1) continue;
                return (Value(w, q), w[q.First].Start, w[i].End);
            }
        }
        return Sum(sentences, weak: false) ?? Sum(sentences, weak: true);
    }

    /// <summary>Weak mentions (a body found, "his death") count only in notes that state no kill otherwise.</summary>
    private static bool Weak(Word[] w, int i) => w[i].Norm is "body" or "bodies" or "corpses" || w[i].Norm == "death" && i > 0 && w[i - 1].Norm is "his" or "her";

    private static (int Count, int Start, int End)? Sum(IReadOnlyList<SentenceWords> sentences, bool weak)
    {
        var total = 0;
        var found = false;
        int start = 0, end = 0;
        foreach (var s in sentences)
        {
            var w = s.Words;
            var used = new bool[w.Length];
            var bracket = 0;
            for (var i = 0; i < w.Length; i++)
            {
                var n = w[i].Norm;
                if (n == "[") bracket++;
                else if (n == "]") bracket = Math.Max(0, bracket - 1);
                if (bracket > 0 || Weak(w, i) != weak || !Kill(w, i)) continue;
                var victims = Victims(w, i, used);
                if (victims is not { } v) continue;
                if (!found) { start = w[v.First].Start; end = w[v.Last].End; }
                found = true;
                total += v.Count;
            }
        }
        return found ? (total, start, end) : null;
    }

    private static bool Kill(Word[] w, int i)
    {
        var n = w[i].Norm;
        // "resulting in 5 deaths", "2 fatalities.", "the bodies of three", "his body was found"
        if (n is "deaths" or "bodies" or "corpses") return i > 0 && QuantityParser.At(w, i - 1) is { } q0 && q0.Last == i - 1 || n is "bodies" or "corpses" && i + 2 < w.Length && w[i + 1].Norm == "of" && QuantityParser.At(w, i + 2) is not null;
        if (n == "body") return i > 0 && w[i - 1].Norm is "his" or "her" or "a" && !Reaction(w, i);
        if (n == "death" && i > 0 && w[i - 1].Norm is "his" or "her") return !Reaction(w, i - 1);
        if (n == "death" || n == "deaths") return i > 0 && w[i - 1].Norm == "to" || i + 1 < w.Length && w[i + 1].Norm == "of" && !Reaction(w, i);
        if (n == "lives") return i > 1 && w[i - 2].Norm is "lost" or "lose" && w[i - 1].Norm is "their" or "his" or "her";
        if (!KillWords.Contains(n)) return false;
        if (n == "dead" && i > 0 && w[i - 1].Norm is "the") return false; // "the dead" as a noun is counted elsewhere
        if (n is "hung" or "hanged" && !(i > 0 && w[i - 1].Norm is "was" or "were")) return false;
        // intentions, threats and denials are not deaths
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            var b = w[k].Norm;
            if (b is "not" or "no" or "n't" or "never" or "without" or "threatened" or "threatening" or "attempted" or "tried" or "planned" or "plot") return false;
            if (b is "to" && k == i - 1 && n is "kill" or "execute") return false;
        }
        if (n == "killing" && i > 0 && w[i - 1].Norm is "the" && Reaction(w, i)) return false;
        return true;
    }

    /// <summary>"protest over the killing of", "following the death of": a death reported as the cause of another event.</summary>
    private static bool Reaction(Word[] w, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (w[k].Norm is "following" or "over" or "against" or "after" or "protest" or "protesting" or "condemn" or "condemning" or "denounce" or "denouncing" or "demanding" or "justice" or "for" or "about") return true;
        }
        return false;
    }

    private readonly record struct Victim(int Count, int First, int Last);

    private static Victim? Victims(Word[] w, int i, bool[] used)
    {
        var n = w[i].Norm;
        if (n is "deaths" or "bodies" or "corpses")
        {
            if (i > 0 && QuantityParser.At(w, i - 1) is { } q && q.Last == i - 1 && !used[i - 1]) return Take(new Victim(Value(w, q), q.First, q.Last), used);
            for (var k = i - 2; k >= Math.Max(0, i - 4); k--)
            {
                if (QuantityParser.At(w, k) is { } q2 && q2.Last == i - 1 && !used[k]) return Take(new Victim(Value(w, q2), q2.First, q2.Last), used);
            }
            return After(w, i + 2, used);
        }
        if (n is "body" || n == "death" && i > 0 && w[i - 1].Norm is "his" or "her") return One(i, used);
        // "the killing of 1 militant"
        if (n == "killing" && i + 1 < w.Length && w[i + 1].Norm == "of") return After(w, i + 2, used);
        // "death of the commander", "deaths of 3 soldiers"
        if (n is "death" or "deaths" && i + 1 < w.Length && w[i + 1].Norm == "of") return After(w, i + 2, used) ?? One(i, used);
        // "stabbed a journalist to death", "was tortured to death"
        if (n is "death" or "deaths")
        {
            // "hacked to death five men"
            if (i + 1 < w.Length && QuantityParser.At(w, i + 1) is not null) return After(w, i + 1, used);
            for (var k = i - 2; k >= Math.Max(0, i - 6); k--)
            {
                if (w[k].Norm is "was") return One(i, used);
                if (After(w, k, used, peek: true) is { } v) return After(w, k, used);
            }
            return null;
        }
        if (n == "lives") return Before(w, i - 2, used, singular: false);
        var activeForm = n is "killing" or "kill" or "kills" or "executing" or "execute" or "assassinating" or "murdering";
        // "shot dead a merchant", "killed 4 soldiers", "killing the driver"
        var passive = false;
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (w[k].Norm is "was" or "were" or "been" or "being") { passive = true; break; }
            if (!w[k].Norm.EndsWith("ly", StringComparison.Ordinal) && w[k].Norm is not ("also" or "later" or "all")) break;
        }
        if (!passive && (n is not ("died" or "succumbed" or "dead") || n == "dead" && i > 0 && w[i - 1].Norm is "shot" or "left" or "leaving"))
        {
            var objectStart = i + 1;
            while (objectStart < w.Length && w[objectStart].Norm is "and" or "reportedly" or "at" && !(w[objectStart].Norm == "at" && objectStart + 1 < w.Length && w[objectStart + 1].Norm == "least")) objectStart++;
            if (After(w, objectStart, used) is { } obj) return obj;
            if (activeForm) return null;
        }
        // "3 soldiers were killed", "One VDP and one civilian were killed", "a man ... died", "leaving 3 dead"
        return Before(w, i - 1, used, singular: true);
    }

    /// <summary>Victims written after the verb: counts (conjoined counts add up), or one for "a/an/the/his + noun", "him".</summary>
    private static Victim? After(Word[] w, int j, bool[] used, bool peek = false)
    {
        if (j >= w.Length) return null;
        if (w[j].Norm is "both" && (j + 1 >= w.Length || w[j + 1].Norm is not "of")) return peek ? new Victim(2, j, j) : Take(new Victim(2, j, j), used);
        if (w[j].Norm is "him" or "her" or "himself" or "herself") return peek ? new Victim(1, j, j) : Take(new Victim(1, j, j), used);
        if (QuantityParser.At(w, j) is { } q)
        {
            var count = Value(w, q);
            var last = q.Last;
            // "5 ISGS and 2 JNIM militants": further counts joined by "and"/","
            var k = q.Last + 1;
            while (k < w.Length && k <= q.Last + 6)
            {
                if (w[k].Norm is "including" or "injured" or "wounded" or "injuring" or "wounding" or "." or ";" or "in" or "by") break;
                if (w[k].Norm is "and" or "," && k + 1 < w.Length && QuantityParser.At(w, k + 1) is { } more && !InjuryAfter(w, more.Last))
                {
                    count += Value(w, more);
                    last = more.Last;
                    k = more.Last + 1;
                    continue;
                }
                k++;
            }
            if (used[q.First] || InjuryAfter(w, q.Last)) return null;
            return peek ? new Victim(count, q.First, last) : Take(new Victim(count, q.First, last), used);
        }
        if (w[j].Norm is "a" or "an" or "the" or "his" or "her" or "their" or "one" or "another" or "its" && j + 1 < w.Length && !w[j + 1].IsPunct)
        {
            return peek ? new Victim(1, j, j + 1) : Take(new Victim(1, j, j + 1), used);
        }
        return null;
    }

    /// <summary>Victims written before the verb: the counts of the subject phrase, else one for a singular subject.</summary>
    private static Victim? Before(Word[] w, int from, bool[] used, bool singular)
    {
        var k = from;
        var sawWas = false;
        while (k >= 0 && (Skippable.Contains(w[k].Norm) || w[k].Norm.EndsWith("ly", StringComparison.Ordinal) && w[k].Norm.Length > 3))
        {
            if (w[k].Norm == "was") sawWas = true;
            k--;
        }
        if (k < 0) return null;
        if (w[k].Norm == "," && sawWas)
        {
            // "1 civilian, a tribal elder, was killed": the subject before the apposition
            var c = k - 1;
            while (c > 0 && w[c].Norm != "," && k - c < 8) c--;
            if (c > 0 && w[c].Norm == ",") k = c - 1;
        }
        if (k < 0) return null;
        var last = k;
        var first = last;
        while (first > 0 && !Boundaries.Contains(w[first - 1].Norm) && last - first < 8) first--;
        // conjoined subjects "One VDP and one civilian": extend over "and" when a count follows it
        while (first > 1 && w[first - 1].Norm is "and" && CountStartsAt(w, first))
        {
            var f = first - 2;
            while (f > 0 && !Boundaries.Contains(w[f - 1].Norm) && first - f < 8) f--;
            first = f;
        }
        var total = 0;
        int? qFirst = null;
        var qLast = first;
        for (var j = first; j <= last; j++)
        {
            if (w[j].Norm is "including" or "among") break;
            if (used[j]) return null;
            if (QuantityParser.At(w, j) is not { } q || q.Last > last) continue;
            total += Value(w, q);
            qFirst ??= q.First;
            qLast = q.Last;
            j = q.Last;
        }
        if (qFirst is null && w[first].Norm == "both") return Take(new Victim(2, first, first), used);
        if (qFirst is { } qf) return Take(new Victim(total, qf, qLast), used);
        // "a charlatan was hung", "The Koglweogo was found executed", "Retired policeman shot dead"
        if (singular && (sawWas || !w[last].Norm.EndsWith('s')) && !w[last].IsPunct && w[last].Norm is not ("they" or "them" or "people" or "others" or "militants" or "civilians"))
        {
            return Take(new Victim(1, first, last), used);
        }
        return null;
    }

    private static bool CountStartsAt(Word[] w, int j) => QuantityParser.At(w, j) is not null;

    private static bool InjuryAfter(Word[] w, int last)
    {
        for (var k = last + 1; k < w.Length && k <= last + 4; k++)
        {
            if (w[k].Norm is "injured" or "wounded" or "hurt" or "others" && k > last + 1 || w[k].Norm is "injured" or "wounded" or "hurt") return true;
            if (w[k].Norm is "," or "and" or "." or "killed") return false;
        }
        return false;
    }

    private static Victim? One(int i, bool[] used) => used[i] ? null : Take(new Victim(1, i, i), used);

    private static Victim Take(Victim v, bool[] used)
    {
        for (var k = v.First; k <= v.Last; k++) used[k] = true;
        return v;
    }

    /// <summary>ACLED's conservative reading: the low end of a range or hedge, "several" 3, "dozens" 12.</summary>
    private static int Value(Word[] w, Quantity q)
    {
        var n = w[q.Last].Norm;
        if (n == "several") return 3;
        if (n == "dozens") return 12;
        if (n == "hundreds") return 100;
        return q.Low ?? q.Best ?? 0;
    }
}
