using System.Globalization;
using System.IO.Compression;
using System.Text;
using Sitrep.Core;
using Sitrep.Events.Matching;

namespace Sitrep.Events.Dictionaries;

/// <summary>PETRARCH-format dictionaries compiled into word tries. Saved as a gzip'd TSV
/// (models/events/cameo-dictionaries.tsv.gz) so the coder needs no external files at run time;
/// rebuild with <c>sitrep train events-dictionaries</c>.</summary>
public sealed class CameoDictionary
{
    public const string ModelPath = "events/cameo-dictionaries.tsv.gz";
    public const string RebuildCommand = "sitrep train events-dictionaries --dictionaries ../shared/data/cameo/petrarch2-dictionaries --out models/events/cameo-dictionaries.tsv.gz";

    public TokenTrie<ActorEntry> Actors { get; } = new();
    public TokenTrie<AgentEntry> Agents { get; } = new();
    public TokenTrie<VerbEntry> Verbs { get; } = new();
    public TokenTrie<DiscardEntry> Discards { get; } = new();
    public Dictionary<string, PatternEntry[]> Patterns { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, HashSet<string>> SynsetWords { get; } = new(StringComparer.Ordinal);
    public DictionaryEntries Entries { get; }

    private CameoDictionary(DictionaryEntries entries)
    {
        Entries = entries;
        foreach (var a in entries.Actors) AddActor(a);
        foreach (var a in entries.Agents) Agents.Add(a.Words, a);
        foreach (var v in entries.Verbs) Verbs.Add(v.Words, v);
        foreach (var d in entries.Discards) Discards.Add(d.Words, d);
        foreach (var group in entries.Patterns.GroupBy(p => p.Block, StringComparer.Ordinal))
        {
            // most specific first: more words win ("MOST_CERTAINLY_&NEG_EVER *" is one element of four words)
            Patterns[group.Key] = [.. group.OrderByDescending(p => p.Specificity)];
        }
        foreach (var (name, phrases) in entries.Synsets)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in phrases) set.Add(string.Join(' ', p));
            SynsetWords[name] = set;
        }
    }

    public static CameoDictionary FromEntries(DictionaryEntries entries) => new(entries);

    public static CameoDictionary FromPetrarchDirectory(string directory) => new(PetrarchReader.ReadDirectory(directory));

    private static readonly Lazy<CameoDictionary?> Bundled = new(() =>
    {
        var path = ModelFiles.Find(ModelPath);
        return path is null ? null : Load(path);
    });

    /// <summary>The committed compiled dictionary, or null when models/ lacks it (the coder then uses its own lexicon only).</summary>
    public static CameoDictionary? Default => Bundled.Value;

    /// <summary>A phrase listed again under another actor becomes that actor's homonym instead of being dropped.</summary>
    private void AddActor(ActorEntry actor)
    {
        var existing = Actors.Exact(actor.Words);
        if (existing is null)
        {
            Actors.Add(actor.Words, actor);
            return;
        }
        while (existing.Homonym is not null) existing = existing.Homonym;
        if (!ReferenceEquals(existing, actor)) existing.Homonym = actor;
    }

    /// <summary>Of the actors listed under one phrase, the first whose dated role lines cover the date, else the first
    /// listed: "President Bush" in 2003 is George W. Bush (USAGOV 2001–2009), in 1990 George H. W. Bush.</summary>
    public static ActorEntry Pick(ActorEntry actor, DateOnly? date)
    {
        if (actor.Homonym is null || date is not { } d) return actor;
        for (var a = actor; a is not null; a = a.Homonym)
        {
            foreach (var c in a.Codes)
            {
                if ((c.From is not null || c.To is not null) && (c.From is null || c.From <= d) && (c.To is null || d <= c.To)) return a;
            }
        }
        return actor;
    }

    /// <summary>Which code an actor (or, by date, one of its homonyms) carries on a date (dated role lines), else its
    /// undated code.</summary>
    public static string ResolveCode(ActorEntry actor, DateOnly? date)
    {
        actor = Pick(actor, date);
        string? undated = null;
        foreach (var c in actor.Codes)
        {
            if (c.From is null && c.To is null) { undated ??= c.Code; continue; }
            if (date is { } d && (c.From is null || c.From <= d) && (c.To is null || d <= c.To)) return c.Code;
        }
        return undated ?? actor.Codes[^1].Code;
    }

    public void Save(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new StreamWriter(gz, new UTF8Encoding(false));
        w.Write("# Sitrep compiled CAMEO dictionaries (from PETRARCH-format files; see models/MODELS.md)\n");
        foreach (var a in Entries.Actors)
        {
            w.Write("A\t"); w.Write(string.Join(' ', a.Words)); w.Write('\t'); w.Write(a.Name); w.Write('\t');
            w.Write(string.Join(';', a.Codes.Select(c => $"{c.Code}|{Date(c.From)}|{Date(c.To)}"))); w.Write('\n');
        }
        foreach (var a in Entries.Agents) w.Write($"G\t{string.Join(' ', a.Words)}\t{a.Code}\n");
        // the reverse code is an optional last column, so files written before it still load
        foreach (var v in Entries.Verbs) w.Write($"V\t{string.Join(' ', v.Words)}\t{v.Code}\t{v.Block}{Optional(v.Reverse)}\n");
        foreach (var p in Entries.Patterns) w.Write($"P\t{p.Block}\t{p.Code}\t{Elements(p.Before)}\t{Elements(p.After)}{Optional(p.Reverse)}\n");
        foreach (var t in Entries.Transformations) w.Write($"T\t{t.UpperVerb}\t{t.InnerSource}\t{t.InnerTarget}\t{t.InnerVerb}\t{t.OutTarget}\t{t.OutCode}\n");
        foreach (var (name, phrases) in Entries.Synsets)
        {
            foreach (var ph in phrases) w.Write($"S\t{name}\t{string.Join(' ', ph)}\n");
        }
        foreach (var d in Entries.Discards) w.Write($"D\t{string.Join(' ', d.Words)}\t{(d.WholeStory ? 1 : 0)}\n");
    }

    private static string Optional(string? column) => column is null ? "" : "\t" + column;

    private static string? OptionalAt(string[] f, int i) => i < f.Length && f[i].Length > 0 ? f[i] : null;

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Elements(string[][] elements) => string.Join('|', elements.Select(e => string.Join(' ', e)));

    private static string[][] ParseElements(string s) =>
        s.Length == 0 ? [] : [.. s.Split('|').Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    public static CameoDictionary Load(string path)
    {
        var entries = new DictionaryEntries();
        try
        {
            using var file = File.OpenRead(path);
            using var gz = new GZipStream(file, CompressionMode.Decompress);
            using var r = new StreamReader(gz, Encoding.UTF8);
            while (r.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var f = line.Split('\t');
                switch (f[0])
                {
                    case "A":
                        var codes = f[3].Split(';').Select(c =>
                        {
                            var p = c.Split('|');
                            return new DatedCode(p[0], ParseDate(p[1]), ParseDate(p[2]));
                        }).ToArray();
                        entries.Actors.Add(new ActorEntry(f[1].Split(' '), codes, f[2]));
                        break;
                    case "G": entries.Agents.Add(new AgentEntry(f[1].Split(' '), f[2])); break;
                    case "V": entries.Verbs.Add(new VerbEntry(f[1].Split(' '), f[2], f[3]) { Reverse = OptionalAt(f, 4) }); break;
                    case "P": entries.Patterns.Add(new PatternEntry(f[1], f[2], ParseElements(f[3]), ParseElements(f[4])) { Reverse = OptionalAt(f, 5) }); break;
                    case "T": entries.Transformations.Add(new TransformationEntry(f[1], f[2], f[3], f[4], f[5], f[6])); break;
                    case "S":
                        if (!entries.Synsets.TryGetValue(f[1], out var list)) entries.Synsets[f[1]] = list = [];
                        list.Add(f[2].Split(' '));
                        break;
                    case "D": entries.Discards.Add(new DiscardEntry(f[1].Split(' '), f[2] == "1")); break;
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or IndexOutOfRangeException)
        {
            throw new SitrepException($"{path}: not a compiled CAMEO dictionary ({e.Message}); rebuild with: {RebuildCommand}");
        }
        return new CameoDictionary(entries);
    }

    private static DateOnly? ParseDate(string s) =>
        s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
