using System.Globalization;
using Sitrep.Core;

namespace Sitrep.Events.Dictionaries;

/// <summary>Reads dictionaries in the PETRARCH formats (verbs with synsets and patterns, actors with dated
/// codes, agents with !SUBST! sets, discards). Any directory in that layout works: files are recognised by name
/// (…verbs… or CAMEO…: verbs; …actors…; …agents…; …discards…).</summary>
public static class PetrarchReader
{
    public static DictionaryEntries ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new SitrepException($"{directory}: no such dictionary directory");
        }
        var entries = new DictionaryEntries();
        var files = Directory.GetFiles(directory, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var any = false;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file).ToLowerInvariant();
            var lines = File.ReadAllLines(file);
            if (name.Contains("verbs") || name.StartsWith("cameo", StringComparison.Ordinal)) { ReadVerbs(lines, entries); any = true; }
            else if (name.Contains("actors")) { ReadActors(lines, entries); any = true; }
            else if (name.Contains("agents")) { ReadAgents(lines, entries); any = true; }
            else if (name.Contains("discards")) { ReadDiscards(lines, entries); any = true; }
        }
        if (!any)
        {
            throw new SitrepException($"{directory}: no PETRARCH dictionaries found (expected *verbs*.txt or CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt)");
        }
        return entries;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        if (hash >= 0) line = line[..hash];
        return line.TrimEnd();
    }

    private static bool IsXmlComment(string line) => line.TrimStart().StartsWith("<!--", StringComparison.Ordinal) || line.TrimStart().StartsWith("-->", StringComparison.Ordinal);

    /// <summary>"FOREIGN_MINISTER" / "PRESIDENT GEORGE_W._BUSH" → lower-case words; '+' head markers dropped.</summary>
    public static string[] Words(string phrase) =>
        phrase.Replace('_', ' ').Replace("+", "", StringComparison.Ordinal).ToLowerInvariant()
            .Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    // ---------------- actors ----------------

    public static void ReadActors(string[] lines, DictionaryEntries entries)
    {
        var names = new List<string>();
        var codes = new List<DatedCode>();
        var inComment = false;
        void Flush()
        {
            if (names.Count > 0 && codes.Count > 0)
            {
                var display = Display(names[0]);
                foreach (var n in names)
                {
                    foreach (var variant in ActorVariants(n))
                    {
                        entries.Actors.Add(new ActorEntry(variant, [.. codes], display));
                    }
                }
            }
            names.Clear();
            codes.Clear();
        }
        foreach (var raw in lines)
        {
            if (raw.Contains("<!--", StringComparison.Ordinal)) inComment = !raw.Contains("-->", StringComparison.Ordinal);
            else if (inComment) { if (raw.Contains("-->", StringComparison.Ordinal)) inComment = false; continue; }
            if (IsXmlComment(raw)) continue;
            var line = StripComment(raw);
            if (line.Trim().Length == 0) continue;
            var trimmed = line.Trim();
            if (trimmed.StartsWith('[') && char.IsWhiteSpace(line[0]))
            {
                AddCodes(trimmed, codes);
                continue;
            }
            if (trimmed.StartsWith('+'))
            {
                var (syn, synCodes) = SplitNameCodes(trimmed[1..]);
                names.Add(syn);
                foreach (var c in synCodes) AddCodes(c, codes);
                continue;
            }
            Flush();
            var (name, nameCodes) = SplitNameCodes(trimmed);
            names.Add(name);
            foreach (var c in nameCodes) AddCodes(c, codes);
        }
        Flush();
    }

    private static string Display(string name)
    {
        var words = string.Join(' ', Words(name.TrimEnd('_')));
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words);
    }

    /// <summary>"SYRIA_  [SYR]" → ("SYRIA_", ["[SYR]"]).</summary>
    private static (string Name, List<string> Codes) SplitNameCodes(string text)
    {
        var codes = new List<string>();
        var bracket = text.IndexOf('[');
        var name = bracket >= 0 ? text[..bracket] : text;
        while (bracket >= 0)
        {
            var close = text.IndexOf(']', bracket);
            if (close < 0) break;
            codes.Add(text[bracket..(close + 1)]);
            bracket = text.IndexOf('[', close);
        }
        var brace = name.IndexOf('{');
        if (brace >= 0) name = name[..brace];
        return (name.Trim(), codes);
    }

    private static void AddCodes(string bracketed, List<DatedCode> codes)
    {
        var inner = bracketed.Trim().TrimStart('[').TrimEnd(']').Trim();
        if (inner.Length == 0) return;
        var parts = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var code = parts[0].ToUpperInvariant();
        DateOnly? from = null, to = null;
        if (parts.Length > 1)
        {
            // "> 990816" and "19950601 - 19990815" are written with spaces too
            var d = string.Concat(parts[1..]);
            if (d.StartsWith('>')) from = ParseYymmdd(d[1..]);
            else if (d.StartsWith('<')) to = ParseYymmdd(d[1..]);
            else if (d.Contains('-'))
            {
                var ab = d.Split('-');
                from = ParseYymmdd(ab[0]);
                to = ParseYymmdd(ab[1]);
                // Two-digit years are ambiguous across a century: a range that would end before it starts began a
                // century earlier (a 1935 birth written "350101-780430").
                if (from > to) from = from.Value.AddYears(-100);
            }
        }
        codes.Add(new DatedCode(code, from, to));
    }

    private static DateOnly? ParseYymmdd(string s)
    {
        // YYMMDD, or YYYYMMDD as the validation actors write it
        if (s.Length is not (6 or 8) || !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        var yy = n / 10000;
        var year = s.Length == 8 ? yy : yy < 30 ? 2000 + yy : 1900 + yy; // the Phoenix dictionaries date from the 2010s
        var mm = Math.Clamp(n / 100 % 100, 1, 12);
        var dd = Math.Clamp(n % 100, 1, DateTime.DaysInMonth(year, mm));
        return new DateOnly(year, mm, dd);
    }

    /// <summary>A trailing '_' means "exactly this"; otherwise PETRARCH matches the last word as a stem, which we
    /// approximate with the usual endings (Argentin → Argentina, Argentine, Argentines).</summary>
    private static IEnumerable<string[]> ActorVariants(string name)
    {
        var exact = name.EndsWith('_');
        var words = Words(name.TrimEnd('_'));
        if (words.Length == 0) yield break;
        yield return words;
        if (words.Length == 2 && words[0] is "al" or "el" or "ad" or "as" or "an" or "ash" or "at")
        {
            yield return [words[0] + "-" + words[1]]; // "Al-Qaeda" is one token
        }
        var last = words[^1];
        if (exact)
        {
            // nationality nouns: "Syrian_" also covers "Syrians"
            if (last.EndsWith("an", StringComparison.Ordinal) || last.EndsWith('i'))
            {
                var plural = (string[])words.Clone();
                plural[^1] = last + "s";
                yield return plural;
            }
            yield break;
        }
        if (!char.IsLetter(last[^1])) yield break;
        foreach (var suffix in StemSuffixes)
        {
            var copy = (string[])words.Clone();
            copy[^1] = last + suffix;
            yield return copy;
        }
    }

    private static readonly string[] StemSuffixes = ["s", "es", "a", "e", "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese", "ish", "'s"];

    // ---------------- agents ----------------

    public static void ReadAgents(string[] lines, DictionaryEntries entries)
    {
        var substitutions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            if (IsXmlComment(raw)) continue;
            var line = StripComment(raw).Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('!') && line.Contains('='))
            {
                var eq = line.IndexOf('=');
                substitutions[line[..eq].Trim()] = line[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }
            var bracket = line.IndexOf('[');
            if (bracket < 0) continue;
            var close = line.IndexOf(']', bracket);
            if (close < 0) continue;
            var code = line[(bracket + 1)..close].Trim().TrimStart('~').ToUpperInvariant();
            var head = line[..bracket];
            var brace = head.IndexOf('{');
            string[] plurals = [];
            var noPlural = false;
            if (brace >= 0)
            {
                var braceEnd = head.IndexOf('}', brace);
                var inner = braceEnd > brace ? head[(brace + 1)..braceEnd] : "";
                plurals = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                noPlural = plurals.Length == 0;
                head = head[..brace];
            }
            head = head.Trim();
            foreach (var expanded in Substitute(head, substitutions))
            {
                var words = Words(expanded);
                if (words.Length == 0) continue;
                entries.Agents.Add(new AgentEntry(words, code));
                if (plurals.Length > 0)
                {
                    foreach (var p in plurals) entries.Agents.Add(new AgentEntry(Words(p), code));
                }
                else if (!noPlural && !expanded.Contains('!'))
                {
                    var plural = (string[])words.Clone();
                    plural[^1] = Inflection.Plural(plural[^1]);
                    entries.Agents.Add(new AgentEntry(plural, code));
                }
            }
        }
    }

    private static IEnumerable<string> Substitute(string phrase, Dictionary<string, string[]> substitutions)
    {
        var start = phrase.IndexOf('!');
        if (start < 0) { yield return phrase; yield break; }
        var end = phrase.IndexOf('!', start + 1);
        if (end < 0) { yield return phrase.Replace("!", "", StringComparison.Ordinal); yield break; }
        var key = phrase[start..(end + 1)];
        if (!substitutions.TryGetValue(key, out var values)) { yield return phrase.Replace(key, "", StringComparison.Ordinal); yield break; }
        foreach (var v in values)
        {
            foreach (var rest in Substitute(phrase[..start] + v + phrase[(end + 1)..], substitutions)) yield return rest;
        }
    }

    // ---------------- discards ----------------

    public static void ReadDiscards(string[] lines, DictionaryEntries entries)
    {
        foreach (var raw in lines)
        {
            if (IsXmlComment(raw)) continue;
            var line = StripComment(raw).Trim();
            if (line.Length == 0) continue;
            var story = line.StartsWith('+');
            var words = Words(story ? line[1..] : line);
            if (words.Length > 0 && !(words.Length == 1 && words[0].All(char.IsDigit)))
            {
                entries.Discards.Add(new DiscardEntry(words, story));
            }
        }
    }

    // ---------------- verbs ----------------

    public static void ReadVerbs(string[] lines, DictionaryEntries entries)
    {
        string? synset = null;
        string? block = null;
        var blockCode = "---";
        var inComment = false;
        foreach (var raw in lines)
        {
            if (raw.Contains("<!--", StringComparison.Ordinal)) { inComment = !raw.Contains("-->", StringComparison.Ordinal); continue; }
            if (inComment) { if (raw.Contains("-->", StringComparison.Ordinal)) inComment = false; continue; }
            var line = StripComment(raw).Trim();
            if (line.Length == 0) { synset = null; continue; }
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                synset = null;
                var inner = line.Trim('-').Trim();
                var bracket = inner.IndexOf('[');
                block = (bracket >= 0 ? inner[..bracket] : inner).Trim().ToUpperInvariant();
                blockCode = bracket >= 0 ? inner[(bracket + 1)..inner.IndexOf(']', bracket)].Trim() : "---";
                continue;
            }
            if (line.StartsWith('&'))
            {
                synset = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();
                if (!entries.Synsets.ContainsKey(synset)) entries.Synsets[synset] = [];
                continue;
            }
            if (synset is not null && line.StartsWith('+'))
            {
                var w = Words(line[1..]);
                if (w.Length > 0)
                {
                    entries.Synsets[synset].Add(w);
                    if (!line.EndsWith('_'))
                    {
                        var plural = (string[])w.Clone();
                        plural[^1] = Inflection.Plural(plural[^1]);
                        entries.Synsets[synset].Add(plural);
                    }
                }
                continue;
            }
            if (line.StartsWith('~'))
            {
                ReadTransformation(line[1..], entries);
                continue;
            }
            if (block is null) continue;
            if (line.StartsWith('-'))
            {
                ReadPattern(line[1..], block, entries);
                continue;
            }
            ReadVerbLine(line, block, blockCode, entries);
        }
    }

    private static void ReadVerbLine(string line, string block, string blockCode, DictionaryEntries entries)
    {
        var code = blockCode;
        var bracket = line.IndexOf('[');
        if (bracket >= 0)
        {
            var close = line.IndexOf(']', bracket);
            if (close > bracket) code = line[(bracket + 1)..close].Trim();
            line = line[..bracket];
        }
        var forms = new List<string>();
        var brace = line.IndexOf('{');
        if (brace >= 0)
        {
            var end = line.IndexOf('}', brace);
            forms.AddRange(line[(brace + 1)..(end > brace ? end : line.Length)].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            line = line[..brace];
        }
        var head = line.Trim();
        if (head.Length == 0) return;
        var (primary, reverse) = SplitCode(code);
        code = primary;
        var baseWords = Words(head);
        if (baseWords.Length == 0) return;
        entries.Verbs.Add(new VerbEntry(baseWords, code, block) { Reverse = reverse });
        foreach (var f in forms) entries.Verbs.Add(new VerbEntry(Words(f), code, block) { Reverse = reverse });
        if (forms.Count == 0)
        {
            // Regular forms of the head word: the one marked '+', else the first.
            var parts = head.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var headIndex = Array.FindIndex(parts, p => p.StartsWith('+'));
            if (headIndex < 0) headIndex = 0;
            foreach (var form in Inflection.VerbForms(baseWords[headIndex]))
            {
                var copy = (string[])baseWords.Clone();
                copy[headIndex] = form;
                entries.Verbs.Add(new VerbEntry(copy, code, block) { Reverse = reverse });
            }
        }
    }

    /// <summary>"[042:043]" → 042, and 043 for the reverse event (target to source); "[:100]" → no event from the
    /// source ("---"), 100 from the target; "[---]" stays.</summary>
    private static (string Code, string? Reverse) SplitCode(string code)
    {
        var colon = code.IndexOf(':');
        if (colon < 0) return (code.Trim(), null);
        var primary = code[..colon].Trim();
        var reverse = code[(colon + 1)..].Trim();
        return (primary.Length == 0 ? "---" : primary, reverse.Length == 0 || reverse.StartsWith("---", StringComparison.Ordinal) ? null : reverse);
    }

    /// <summary>" a (b . ATTACK) SAY = a b 112" (after the '~'); lines not in that shape are skipped.</summary>
    private static void ReadTransformation(string text, DictionaryEntries entries)
    {
        var open = text.IndexOf('(');
        var close = text.IndexOf(')', open + 1);
        var eq = text.IndexOf('=', close + 1);
        if (open < 0 || close < 0 || eq < 0) return;
        var inner = text[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var upper = text[(close + 1)..eq].Trim();
        var result = text[(eq + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (inner.Length != 3 || upper.Length == 0 || result.Length != 3 || result[0] != "a") return;
        entries.Transformations.Add(new TransformationEntry(upper.ToUpperInvariant(), inner[0], inner[1], inner[2].ToUpperInvariant(), result[1], result[2].ToUpperInvariant()));
    }

    private static void ReadPattern(string text, string block, DictionaryEntries entries)
    {
        var bracket = text.LastIndexOf('[');
        if (bracket < 0) return;
        var close = text.IndexOf(']', bracket);
        var (code, reverse) = SplitCode(text[(bracket + 1)..(close > bracket ? close : text.Length)]);
        var body = text[..bracket];
        var star = body.IndexOf('*');
        if (star < 0) return;
        var before = Elements(body[..star], entries.Synsets);
        var after = Elements(body[(star + 1)..], entries.Synsets);
        if (before.Length + after.Length == 0) return;
        entries.Patterns.Add(new PatternEntry(block, code, before, after) { Reverse = reverse });
    }

    /// <summary>Pattern text → element list: each element a word or a synset name (&amp;X), or a marker kept as its
    /// own element: "%" compound actor, "$" source, "+" target; ^ ( ) { } | are dropped.</summary>
    private static string[][] Elements(string text, Dictionary<string, List<string[]>> synsets)
    {
        var cleaned = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            // '%' (a compound actor stands here) stays as its own element; the other markers are dropped
            if (c is '%' or '$' or '+') cleaned.Append(' ').Append(c).Append(' ');
            else cleaned.Append(c is '(' or ')' or '{' or '}' or '^' or '|' ? ' ' : c);
        }
        var tokens = cleaned.ToString().Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var list = new List<string[]>();
        foreach (var t in tokens)
        {
            if (t is "%" or "$" or "+") { list.Add([t]); continue; }
            if (!t.Contains('&')) { list.Add(Words(t)); continue; }
            var name = t.ToUpperInvariant();
            if (name.StartsWith('&') && (synsets.ContainsKey(name) || synsets.ContainsKey(name + "_") || !name.Contains('_'))) { list.Add([name]); continue; }
            // "&TIETYPES_MEMOS", "MOST_CERTAINLY_&NEGATVAUXVRB_EVER": a synset joined to adjacent words, one element
            var element = new List<string>();
            foreach (var part in name.Split('_', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.StartsWith('&')) element.Add(part);
                else element.AddRange(Words(part));
            }
            list.Add([.. element]);
        }
        return [.. list.Where(l => l.Length > 0)];
    }
}
