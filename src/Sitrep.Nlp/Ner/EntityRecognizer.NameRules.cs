using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Ner;

public sealed partial class EntityRecognizer
{
    /// <summary>Words that open names of geographic features and Levantine localities ("Jabal Badro", "Mount Hermon",
    /// "Wadi Barada", "Tell Abyad"): a multi-word name starting with one is a place, whatever a person-name shape
    /// suggests. The training data has almost none of them, so the model cannot learn this.</summary>
    private static readonly HashSet<ulong> PlaceOpeners = new(
        new[]
        {
            "jabal", "jebel", "jbel", "mount", "mt", "lake", "wadi", "tell", "tal", "ras", "deir", "dayr", "kafr", "kfar",
            "bir", "ain", "ayn", "beit", "bayt", "jisr", "cape", "port", "fort", "gulf", "river", "sierra", "monte",
        }.Select(w => Hashing.Lower(w)));

    /// <summary>Arabic articles as transliterated before a hyphen ("Ar-Raqqa", "al-Bab", "Ash-Shaddadi").</summary>
    private static readonly HashSet<ulong> ArabicArticles = new(
        new[] { "al", "el", "ar", "as", "ash", "ad", "adh", "at", "ath", "az", "an", "ai" }.Select(w => Hashing.Lower(w)));

    private static readonly ulong Hyphen = Hashing.Lower("-");

    /// <summary>Deterministic repairs after decoding, from the capitalised runs: a name opened by a
    /// <see cref="PlaceOpeners"/> word becomes LOC, and a run of capitalised words the model left untagged that ends in an
    /// organisation designator ("High Negotiations Committee") becomes ORG. Neither changes UNER dev F1 (73.45 →
    /// 73.48); they fix names of kinds the web-text training data hardly has.</summary>
    private void ApplyNameRules(LexicalSentence lex, Workspace ws, Span<int> classes)
    {
        JoinArabicArticles(lex, classes);
        var n = lex.Count;
        var loc = Array.IndexOf(Types, "LOC");
        var org = Array.IndexOf(Types, "ORG");
        for (var i = 0; loc >= 0 && i < n; i++)
        {
            var c = classes[i];
            if (c > 0 && PositionOf(c) == B && TypeOf(c) != loc && PlaceOpeners.Contains(lex.Lower(i)) &&
                (i > 0 || ws.TextCase[i] >= 4))
            {
                for (var k = i; k < n && classes[k] != 0; k++)
                {
                    var pos = PositionOf(classes[k]);
                    classes[k] = 1 + 4 * loc + pos;
                    if (pos == L) break;
                }
            }
        }
        if (org < 0)
        {
            return;
        }
        for (var i = 0; i < n; i++)
        {
            if (!OpensRun(ws.RunPos[i]))
            {
                continue;
            }
            var end = i + 1;
            while (end < n && !ClosesRun(ws.RunPos[end])) end++;
            end++;
            var start = lex.Lower(i) == The ? i + 1 : i;
            // Runs opening a sentence are often headings or capitalised phrases ("Great School !", "Analyst Team 1"):
            // on dev the rule lost precision there, so it only fires mid-sentence.
            if (end > n || start == 0 || end - start is < 2 or > 6 || (ws.RunHead[i] & (1 << Gazetteer.Org)) == 0)
            {
                continue;
            }
            var untagged = true;
            for (var k = i; k < end; k++) untagged &= classes[k] == 0;
            if (!untagged) continue;
            classes[start] = 1 + 4 * org + B;
            for (var k = start + 1; k < end - 1; k++) classes[k] = 1 + 4 * org + I;
            classes[end - 1] = 1 + 4 * org + L;
            i = end - 1;
        }
    }

    /// <summary>"Ar - Raqqa" is one name, as UNER annotates "al - Jihad" and "Al - Zaman": the model, which rarely saw
    /// the rarer articles, tags "Ar" and "Raqqa" as two places (and the geoparser then finds a place called "Ar").
    /// An article before a hyphen and a name joins that name, taking its type.</summary>
    private static void JoinArabicArticles(LexicalSentence lex, Span<int> classes)
    {
        var n = lex.Count;
        for (var i = 0; i + 2 < n; i++)
        {
            var next = classes[i + 2];
            if (next == 0 || PositionOf(next) is not (B or U) || classes[i + 1] != 0 || lex.Lower(i + 1) != Hyphen ||
                !ArabicArticles.Contains(lex.Lower(i)))
            {
                continue;
            }
            var type = TypeOf(next);
            // The article is untagged, or tagged alone; never the end of a longer name ("Abu Ali - Raqqa" stays apart).
            if (classes[i] != 0 && !(PositionOf(classes[i]) == U && TypeOf(classes[i]) == type)) continue;
            classes[i] = 1 + 4 * type + B;
            classes[i + 1] = 1 + 4 * type + I;
            classes[i + 2] = 1 + 4 * type + (PositionOf(next) == U ? L : I);
        }
    }

    // RunPos of a multi-word run is 2 + (0 first, 1 last, 2 inside) + 3 × capped length (MarkNameRuns).
    private static bool OpensRun(byte runPos) => runPos >= 2 && (runPos - 2) % 3 == 0;
    private static bool ClosesRun(byte runPos) => runPos >= 2 && (runPos - 2) % 3 == 1;
}
