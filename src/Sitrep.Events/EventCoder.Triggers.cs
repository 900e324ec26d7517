using Sitrep.Events.Coding;
using Sitrep.Events.Dictionaries;
using Sitrep.Events.Text;

namespace Sitrep.Events;

// Trigger words: the dictionary or lexicon matches that open an event.
public sealed partial class EventCoder
{
    /// <summary>Whether the tagger (when it ran) read the word starting at a body offset as a noun: "an apartment
    /// block" is no blockade. Without tags, nothing is a noun here and the determiner rule below decides.</summary>
    private static Func<int, bool> NounLookup(Core.Pipeline.Document d)
    {
        HashSet<int>? nouns = null;
        foreach (ref readonly var t in d.Tokens.AsSpan())
        {
            if (t.Upos is "NOUN" or "PROPN") (nouns ??= []).Add(t.Start);
        }
        return nouns is null ? static _ => false : nouns.Contains;
    }

    private List<TriggerMatch> FindTriggers(Word[] w, Func<int, bool> nounAt)
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
                // a verb-only trigger after a determiner that the tagger reads as a noun names a thing ("an apartment
                // block", "a road block")
                else if (length == 1 && nounAt(w[i].Start)) continue;
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
}
