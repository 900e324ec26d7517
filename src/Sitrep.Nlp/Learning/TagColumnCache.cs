namespace Sitrep.Nlp.Learning;

/// <summary>A scratch file for predicted training tags: jackknifing taggers takes minutes, so tuning runs of the
/// parser and the NER keep them between runs. Per sentence it holds one or more tag columns (a null entry is no tag),
/// under a key made of the sentences' forms and the settings that produced the tags, so other data or settings
/// recompute them.</summary>
public static class TagColumnCache
{
    /// <summary>The cached columns (<c>result[sentence][column][token]</c>) when <paramref name="cachePath"/> holds them
    /// for these forms and settings, else <paramref name="compute"/>'s, written to the file; no path, no cache.</summary>
    public static string?[][][] GetOrCompute(IReadOnlyList<string[]> forms, ulong settings, string? cachePath, Func<string?[][][]> compute)
    {
        if (cachePath is null)
        {
            return compute();
        }
        var key = Fingerprint(forms, settings);
        if (File.Exists(cachePath) && TryRead(cachePath, key, forms.Count) is { } cached)
        {
            return cached;
        }
        var columns = compute();
        Write(cachePath, key, columns);
        return columns;
    }

    private static ulong Fingerprint(IReadOnlyList<string[]> forms, ulong settings)
    {
        var h = Hashing.Combine((ulong)forms.Count, settings);
        foreach (var sentence in forms)
        {
            foreach (var f in sentence) h = Hashing.Combine(h, Hashing.Of(f));
        }
        return h;
    }

    private static string?[][][]? TryRead(string path, ulong key, int count)
    {
        using var r = new BinaryReader(File.OpenRead(path));
        if (r.ReadUInt64() != key || r.ReadInt32() != count) return null;
        var result = new string?[count][][];
        for (var i = 0; i < count; i++)
        {
            result[i] = new string?[r.ReadInt32()][];
            for (var c = 0; c < result[i].Length; c++)
            {
                var column = result[i][c] = new string?[r.ReadInt32()];
                for (var j = 0; j < column.Length; j++) column[j] = r.ReadBoolean() ? string.Intern(r.ReadString()) : null;
            }
        }
        return result;
    }

    private static void Write(string path, ulong key, string?[][][] columns)
    {
        using var w = new BinaryWriter(File.Create(path));
        w.Write(key);
        w.Write(columns.Length);
        foreach (var sentence in columns)
        {
            w.Write(sentence.Length);
            foreach (var column in sentence)
            {
                w.Write(column.Length);
                foreach (var t in column)
                {
                    w.Write(t is not null);
                    if (t is not null) w.Write(t);
                }
            }
        }
    }
}
