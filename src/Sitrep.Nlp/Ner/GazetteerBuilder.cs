using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Ner;

/// <summary>Builds the gazetteer at training time from the CAMEO / PETRARCH-2 dictionaries (MIT): country names and
/// their synonyms (LOC; single-word "-ian/-ese/-ish/-i" synonyms as demonyms), dated office holders (PER; their
/// surnames too), institutions, IGOs, NGOs and armed groups (ORG); GeoNames admin-1 names (CC BY 4.0) as LOC.
/// Only hashes go into the model file.</summary>
public static partial class GazetteerBuilder
{
    private static readonly string[] DemonymEndings = ["ian", "ean", "ese", "ish", "i", "an", "ch", "ic", "ians", "eans", "is", "ans"];

    /// <summary>CAMEO dictionaries, plus GeoNames first-level divisions (states, provinces, governorates) as LOC
    /// when <paramref name="admin1File"/> (admin1CodesASCII.txt) is given.</summary>
    /// <param name="places">Populated-place names (GeoNames via the geo gazetteer) for the <see cref="Gazetteer.Place"/> list.</param>
    public static Gazetteer FromCameo(string cameoDirectory, string? admin1File = null, IEnumerable<string>? places = null)
    {
        var dict = Path.Combine(cameoDirectory, "petrarch2-dictionaries");
        var countries = Path.Combine(cameoDirectory, "text_to_CAMEO", "countrynames.txt");
        if (!Directory.Exists(dict) || !File.Exists(countries))
        {
            throw new SitrepException($"{cameoDirectory} does not look like the CAMEO data folder (needs petrarch2-dictionaries/ and text_to_CAMEO/countrynames.txt)");
        }
        var phrases = new Dictionary<ulong, byte>();
        var countryNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(countries))
        {
            var name = line.Split('\t')[0].Trim();
            if (name.Length > 1 && name != "NULL")
            {
                countryNames.Add(name);
                Add(phrases, name, Gazetteer.Loc);
            }
        }
        if (admin1File is not null)
        {
            if (!File.Exists(admin1File))
            {
                throw new SitrepException($"GeoNames admin1 file not found: {admin1File}");
            }
            foreach (var line in File.ReadLines(admin1File))
            {
                var cols = line.Split('\t');
                if (cols.Length >= 3)
                {
                    Add(phrases, cols[1], Gazetteer.Loc);
                    Add(phrases, cols[2], Gazetteer.Loc);
                }
            }
        }
        foreach (var place in places ?? [])
        {
            Add(phrases, place, Gazetteer.Place);
        }
        var heads = new Dictionary<string, int>(StringComparer.Ordinal);
        ReadActors(Path.Combine(dict, "Phoenix.Countries.actors.txt"), phrases, countryNames, heads);
        ReadActors(Path.Combine(dict, "Phoenix.International.actors.txt"), phrases, countryNames, heads);
        ReadActors(Path.Combine(dict, "Phoenix.MilNonState.actors.txt"), phrases, countryNames, heads);
        return new Gazetteer(phrases, OrgHeads(heads, phrases));
    }

    /// <summary>Last words of at least <see cref="MinHeadCount"/> listed multi-word organisation names.</summary>
    private const int MinHeadCount = 4;

    /// <summary>Generic designators that end organisation names in any domain (legal forms, kinds of body); the
    /// CAMEO lists are mostly governments and armed groups, so companies and institutions need these.</summary>
    private static readonly string[] Designators =
    [
        "inc", "corp", "corporation", "ltd", "llc", "plc", "co", "company", "partners", "group", "services", "holdings",
        "association", "society", "foundation", "institute", "university", "college", "school", "academy", "center", "centre",
        "department", "ministry", "committee", "council", "commission", "agency", "authority", "bureau", "office", "board",
        "party", "coalition", "alliance", "union", "federation", "league", "movement", "front", "army", "brigade", "militia",
        "bank", "airlines", "airways", "news", "times", "post", "press", "books", "records", "studios", "club", "team",
        "orchestra", "church", "hospital", "court", "parliament", "assembly", "congress", "senate", "police", "forces",
    ];

    /// <summary>Function words that end some listed names ("... of the") but say nothing about organisations.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "for", "in", "on", "at", "to", "an", "by", "with", "from", "said", "says", "its", "their",
    };

    /// <summary>Single-word place, country, person, surname or demonym entries: "Africa", "Palestine", "Hussain" end
    /// many CAMEO organisation names but make a capitalised run a place or a person, not an organisation.</summary>
    private const int NotHeadLists = 1 << Gazetteer.Loc | 1 << Gazetteer.Place | 1 << Gazetteer.Per | 1 << Gazetteer.Surname | 1 << Gazetteer.Norp;

    private static Dictionary<ulong, byte> OrgHeads(Dictionary<string, int> counts, Dictionary<ulong, byte> phrases)
    {
        var heads = new Dictionary<ulong, byte>();
        foreach (var word in Designators)
        {
            heads[Hashing.Lower(word)] = 1 << Gazetteer.Org;
        }
        foreach (var (word, n) in counts)
        {
            var single = Gazetteer.Extend(Gazetteer.Begin, Hashing.Lower(word));
            if (n >= MinHeadCount && word.Length > 2 && word.All(char.IsLetter) && !FunctionWords.Contains(word) &&
                (phrases.GetValueOrDefault(single) & NotHeadLists) == 0)
            {
                heads[Hashing.Lower(word)] = 1 << Gazetteer.Org;
            }
        }
        return heads;
    }

    private sealed class Entry
    {
        public readonly List<string> Names = [];
        public string? Code;
        public bool Dated;
    }

    private static void ReadActors(string path, Dictionary<ulong, byte> phrases, HashSet<string> countryNames, Dictionary<string, int> heads)
    {
        Entry? entry = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw;
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var codes = CodePattern().Matches(line);
            var nameText = CodePattern().Replace(line, "").Trim();
            var isSynonym = nameText.StartsWith('+');
            if (!isSynonym && nameText.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                Flush(entry, phrases, countryNames, heads);
                entry = new Entry();
            }
            if (entry is null)
            {
                continue;
            }
            if (nameText.Length > 0)
            {
                foreach (var part in nameText.TrimStart('+').Split('+', StringSplitOptions.RemoveEmptyEntries))
                {
                    entry.Names.Add(part.Trim());
                }
            }
            foreach (Match m in codes)
            {
                entry.Code ??= m.Groups[1].Value;
                entry.Dated |= m.Groups[2].Success && m.Groups[2].Value.Length > 0;
            }
        }
        Flush(entry, phrases, countryNames, heads);
    }

    private static void Flush(Entry? entry, Dictionary<ulong, byte> phrases, HashSet<string> countryNames, Dictionary<string, int> heads)
    {
        if (entry is null || entry.Names.Count == 0 || entry.Code is null)
        {
            return;
        }
        var country = entry.Code.Length == 3 && !entry.Dated;
        for (var k = 0; k < entry.Names.Count; k++)
        {
            var words = Words(entry.Names[k]);
            if (words.Count == 0)
            {
                continue;
            }
            if (entry.Dated)
            {
                Add(phrases, words, Gazetteer.Per);
                if (words.Count > 1 && words[^1].Length >= 4)
                {
                    Add(phrases, [words[^1]], Gazetteer.Surname);
                }
            }
            else if (country)
            {
                var single = words.Count == 1 ? words[0] : null;
                var demonym = k > 0 && single is not null && !countryNames.Contains(single) &&
                              DemonymEndings.Any(e => single.EndsWith(e, StringComparison.Ordinal));
                Add(phrases, words, demonym ? Gazetteer.Norp : Gazetteer.Loc);
                if (demonym && !single!.EndsWith('s'))
                {
                    Add(phrases, [single + "s"], Gazetteer.Norp);
                }
            }
            else
            {
                Add(phrases, words, Gazetteer.Org);
                if (k == 0 && words.Count > 1)
                {
                    heads[words[^1]] = heads.GetValueOrDefault(words[^1]) + 1;
                }
                foreach (Match m in AbbreviationPattern().Matches(entry.Names[k]))
                {
                    Add(phrases, [m.Groups[1].Value.ToLowerInvariant()], Gazetteer.Org);
                }
            }
        }
    }

    /// <summary>"INTERNATIONAL_COMMITTEE_OF_THE_RED_CROSS_" → lower-case words; "(ICRC)" parts are dropped.</summary>
    private static List<string> Words(string name)
    {
        var cleaned = ParenPattern().Replace(name, " ");
        var words = new List<string>();
        foreach (var w in cleaned.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(w.ToLowerInvariant());
        }
        return words;
    }

    private static void Add(Dictionary<ulong, byte> phrases, string text, int list) =>
        Add(phrases, [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant())], list);

    private static void Add(Dictionary<ulong, byte> phrases, List<string> words, int list)
    {
        if (words.Count == 0 || words.Count > Gazetteer.MaxLength)
        {
            return;
        }
        AddExact(phrases, words, list);
        if (words.Count > 1 && words[0] == "the")
        {
            AddExact(phrases, words[1..], list);
        }
        if (words.Any(w => w.Length > 1 && w.Contains('-')))
        {
            var split = words.SelectMany(w => w.Length > 1 && w.Contains('-') ? SplitHyphen(w) : [w]).ToList();
            if (split.Count <= Gazetteer.MaxLength)
            {
                AddExact(phrases, split, list);
            }
        }
    }

    private static IEnumerable<string> SplitHyphen(string w)
    {
        var parts = w.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) yield return "-";
            if (parts[i].Length > 0) yield return parts[i];
        }
    }

    private static void AddExact(Dictionary<ulong, byte> phrases, List<string> words, int list)
    {
        var h = Gazetteer.Begin;
        foreach (var w in words)
        {
            h = Gazetteer.Extend(h, Hashing.Lower(w));
        }
        phrases[h] = (byte)(phrases.GetValueOrDefault(h) | (1 << list));
    }

    [GeneratedRegex(@"\[([A-Z~]+)\s*([<>]?[0-9\-]*)\]")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex ParenPattern();

    [GeneratedRegex(@"\(([A-Z][A-Z\-]{1,9})\)")]
    private static partial Regex AbbreviationPattern();
}
