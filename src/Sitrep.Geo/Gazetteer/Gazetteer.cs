using System.IO.Compression;
using Sitrep.Core;

namespace Sitrep.Geo.Gazetteer;

/// <summary>The compact gazetteer index: entries as parallel columns, and a sorted key table (folded names and
/// alternate names → entry indexes, best-known first). Lookups are a binary search over spans: no allocation.</summary>
public sealed partial class Gazetteer
{
    public const string DefaultRelativePath = "geo/gazetteer.bin.gz";
    public const string HowToBuild = "sitrep gazetteer build (see models/MODELS.md, section Gazetteer)";
    private const string Magic = "SITREP-GAZ/1";

    internal long[] Ids = [];
    internal string[] Names = [];
    internal float[] Lats = [];
    internal float[] Lons = [];
    internal long[] Populations = [];
    internal byte[] FeatureClasses = [];
    internal ushort[] FeatureCodes = [];
    internal byte[] Kinds = [];
    internal ushort[] Countries = [];
    internal int[] Admin1s = [];
    internal string[] FeatureCodeTable = [];
    internal string[] CountryTable = [];
    internal string[] Admin1Codes = [];
    internal string[] Admin1Names = [];
    internal int[] Admin1Entries = [];
    internal int[] CountryEntries = [];

    internal KeyTable Keys = KeyTable.Empty;
    internal KeyTable Demonyms = KeyTable.Empty;

    public int Count => Ids.Length;
    public int KeyCount => Keys.Count;

    public GazetteerEntry this[int index] => new(this, index);

    /// <summary>Candidates for a name as written ("Aleppo", "ALEPPO", "Ḥalab"): entry indexes, most prominent first.</summary>
    public ReadOnlySpan<int> Lookup(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[NameKey.MaxLength];
        var n = NameKey.Fold(name, key);
        return n == 0 ? ReadOnlySpan<int>.Empty : Keys.Find(key[..n]);
    }

    /// <summary>Lookup by an already folded key.</summary>
    public ReadOnlySpan<int> LookupKey(scoped ReadOnlySpan<char> foldedKey) => Keys.Find(foldedKey);

    /// <summary>True when some key starts with the folded prefix followed by a space: lets the matcher stop
    /// extending a multi-word window early.</summary>
    public bool HasLongerKey(ReadOnlySpan<char> foldedKey) => Keys.HasKeyExtending(foldedKey);

    /// <summary>Places in Arabic-speaking countries by <see cref="TransliterationKey"/> of a folded key ("jisr al
    /// shughur" finds Jisr ash Shughūr) that reads as romanised Arabic: the matcher's fallback when the exact key misses.</summary>
    public ReadOnlySpan<int> LookupTransliteration(scoped ReadOnlySpan<char> foldedKey) =>
        TransliterationKey.LooksArabic(foldedKey) ? TransliterationHits(foldedKey) : ReadOnlySpan<int>.Empty;

    /// <summary><see cref="LookupTransliteration"/> for a name the caller already knows reads as Arabic (the matcher's
    /// <see cref="TransliterationKey.StartsLikeArabic"/>), so the test is not repeated for every word it adds.</summary>
    internal ReadOnlySpan<int> TransliterationHits(scoped ReadOnlySpan<char> foldedKey)
    {
        Span<char> key = stackalloc char[NameKey.MaxLength];
        var n = foldedKey.Length <= key.Length ? TransliterationKey.Of(foldedKey, key) : 0;
        return n == 0 ? ReadOnlySpan<int>.Empty : Transliterations.Find(key[..n]);
    }

    /// <summary>True when some transliteration key extends the one of <paramref name="foldedKey"/> by more words.</summary>
    public bool HasLongerTransliteration(ReadOnlySpan<char> foldedKey)
    {
        Span<char> key = stackalloc char[NameKey.MaxLength];
        var n = foldedKey.Length <= key.Length ? TransliterationKey.Of(foldedKey, key, minWords: 1) : 0;
        return n > 0 && Transliterations.HasKeyExtending(key[..n]);
    }

    private KeyTable? _transliterations;

    /// <summary>Built on first use from the exact keys (every name and alternate name of the entries concerned), in the
    /// exact table's posting order, so a loaded index needs no new file format.</summary>
    private KeyTable Transliterations => LazyInitializer.EnsureInitialized(ref _transliterations, BuildTransliterations);

    private KeyTable BuildTransliterations()
    {
        var applies = new bool[CountryTable.Length];
        for (var c = 0; c < applies.Length; c++) applies[c] = TransliterationKey.AppliesTo(CountryTable[c]);
        var pairs = new List<(string Key, int Posting)>();
        Span<char> buffer = stackalloc char[NameKey.MaxLength];
        for (var k = 0; k < Keys.Count; k++)
        {
            var postings = Keys.PostingsAt(k);
            string? skeleton = null;
            for (var p = 0; p < postings.Length; p++)
            {
                var e = postings[p];
                if (!applies[Countries[e]] || Kinds[e] >= (byte)PlaceKind.Country) continue;
                if (skeleton is null)
                {
                    var key = Keys.KeyAt(k);
                    var n = key.Length <= buffer.Length ? TransliterationKey.Of(key, buffer) : 0;
                    if (n == 0) break;
                    skeleton = new string(buffer[..n]);
                }
                pairs.Add((skeleton, e));
            }
        }
        return KeyTable.Build(pairs, ProminenceOrder);
    }

    /// <summary>Posting order of the key tables: countries and divisions above equally populous towns, then
    /// population, then entry order.</summary>
    internal int ProminenceOrder(int a, int b) => Prominence(b).CompareTo(Prominence(a)) is var c && c != 0 ? c : a.CompareTo(b);

    private long Prominence(int i) => Populations[i] + (Kinds[i] >= (byte)PlaceKind.Admin1 ? 1_000_000_000L : 0);

    /// <summary>Country index (into the country table) that a demonym names ("Syrian" → SY), or -1.</summary>
    public int DemonymCountry(ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[NameKey.MaxLength];
        var n = NameKey.Fold(word, key);
        if (n == 0) return -1;
        var hits = Demonyms.Find(key[..n]);
        // Plural demonyms: "Syrians", "Russians".
        if (hits.IsEmpty && n > 4 && key[n - 1] == 's') hits = Demonyms.Find(key[..(n - 1)]);
        return hits.Length == 0 ? -1 : hits[0];
    }

    public string CountryCode(int countryId) => CountryTable[countryId];

    /// <summary>Entry of a country by its table index, or -1 when the gazetteer has no point for it.</summary>
    public int CountryEntry(int countryId) => countryId >= 0 && countryId < CountryEntries.Length ? CountryEntries[countryId] : -1;

    public int CountryId(string alpha2) => Array.IndexOf(CountryTable, alpha2);

    public int Admin1Entry(int admin1Id) => admin1Id >= 0 && admin1Id < Admin1Entries.Length ? Admin1Entries[admin1Id] : -1;

    public string Admin1Code(int admin1Id) => Admin1Codes[admin1Id];

    /// <summary>Loads the committed default index (models/geo/gazetteer.bin.gz); a missing file says how to build it.</summary>
    public static Gazetteer LoadDefault() => Load(ModelFiles.Require(DefaultRelativePath, HowToBuild));

    public static Gazetteer Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new SitrepException($"gazetteer index {path} not found; build it with: {HowToBuild}");
        }
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffered = new BufferedStream(gzip, 1 << 16);
            using var reader = new BinaryReader(buffered);
            return Read(reader);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new SitrepException($"gazetteer index {path} is unreadable ({e.Message}); rebuild it with: {HowToBuild}", e);
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var writer = new BinaryWriter(buffered);
        Write(writer);
    }

    private void Write(BinaryWriter w)
    {
        w.Write(Magic);
        w.Write(Count);
        foreach (var x in Ids) w.Write(x);
        foreach (var x in Names) w.Write(x);
        foreach (var x in Lats) w.Write(x);
        foreach (var x in Lons) w.Write(x);
        foreach (var x in Populations) w.Write(x);
        w.Write(FeatureClasses);
        foreach (var x in FeatureCodes) w.Write(x);
        w.Write(Kinds);
        foreach (var x in Countries) w.Write(x);
        foreach (var x in Admin1s) w.Write(x);
        WriteStrings(w, FeatureCodeTable);
        WriteStrings(w, CountryTable);
        WriteStrings(w, Admin1Codes);
        WriteStrings(w, Admin1Names);
        WriteInts(w, Admin1Entries);
        WriteInts(w, CountryEntries);
        Keys.Write(w);
        Demonyms.Write(w);
    }

    private static Gazetteer Read(BinaryReader r)
    {
        if (r.ReadString() != Magic)
        {
            throw new InvalidDataException("not a Sitrep gazetteer index (or an older format)");
        }
        var n = r.ReadInt32();
        var g = new Gazetteer
        {
            Ids = new long[n], Names = new string[n], Lats = new float[n], Lons = new float[n], Populations = new long[n],
            FeatureCodes = new ushort[n], Countries = new ushort[n], Admin1s = new int[n],
        };
        for (var i = 0; i < n; i++) g.Ids[i] = r.ReadInt64();
        for (var i = 0; i < n; i++) g.Names[i] = r.ReadString();
        for (var i = 0; i < n; i++) g.Lats[i] = r.ReadSingle();
        for (var i = 0; i < n; i++) g.Lons[i] = r.ReadSingle();
        for (var i = 0; i < n; i++) g.Populations[i] = r.ReadInt64();
        g.FeatureClasses = ReadExactly(r, n);
        for (var i = 0; i < n; i++) g.FeatureCodes[i] = r.ReadUInt16();
        g.Kinds = ReadExactly(r, n);
        for (var i = 0; i < n; i++) g.Countries[i] = r.ReadUInt16();
        for (var i = 0; i < n; i++) g.Admin1s[i] = r.ReadInt32();
        g.FeatureCodeTable = ReadStrings(r);
        g.CountryTable = ReadStrings(r);
        g.Admin1Codes = ReadStrings(r);
        g.Admin1Names = ReadStrings(r);
        g.Admin1Entries = ReadInts(r);
        g.CountryEntries = ReadInts(r);
        g.Keys = KeyTable.Read(r);
        g.Demonyms = KeyTable.Read(r);
        return g;
    }

    private static byte[] ReadExactly(BinaryReader r, int n)
    {
        var bytes = r.ReadBytes(n);
        return bytes.Length == n ? bytes : throw new EndOfStreamException("index truncated");
    }

    internal static void WriteStrings(BinaryWriter w, string[] values)
    {
        w.Write(values.Length);
        foreach (var v in values) w.Write(v);
    }

    internal static string[] ReadStrings(BinaryReader r)
    {
        var values = new string[r.ReadInt32()];
        for (var i = 0; i < values.Length; i++) values[i] = r.ReadString();
        return values;
    }

    internal static void WriteInts(BinaryWriter w, int[] values)
    {
        w.Write(values.Length);
        foreach (var v in values) w.Write(v);
    }

    internal static int[] ReadInts(BinaryReader r)
    {
        var values = new int[r.ReadInt32()];
        for (var i = 0; i < values.Length; i++) values[i] = r.ReadInt32();
        return values;
    }
}
