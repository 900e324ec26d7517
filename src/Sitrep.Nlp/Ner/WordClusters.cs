using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Ner;

/// <summary>Distributional word classes learned from unlabelled text: each frequent word (lower case) gets a fine
/// and a coarse cluster id from spherical k-means over its left/right neighbour counts. Words the labelled data
/// never shows ("neighbourhood", "Cavusoglu") then share weights with words it does ("district", "Erdogan").
/// Stored as word hash → ids; no text is kept.</summary>
public sealed class WordClusters
{
    public const ushort None = 0;

    private readonly Dictionary<ulong, uint> _ids;

    public WordClusters(Dictionary<ulong, uint> ids) => _ids = ids;

    public static WordClusters Empty { get; } = new([]);

    public int Count => _ids.Count;

    /// <summary>Fine id in the low 16 bits, coarse id in bits 16–23, top-level id in bits 24–31 (the top level
    /// groups coarse classes); 0 when the word is unknown.</summary>
    public uint Of(ulong lowerHash) => _ids.TryGetValue(lowerHash, out var id) ? id : 0;

    public sealed record Options(int Fine = 256, int Coarse = 32, int Top = 8, int MinCount = 5, int MaxWords = 40000,
        int ContextWords = 2000, int Iterations = 10, int Seed = 1);

    /// <summary>Clusters the words of <paramref name="sentences"/> (each a list of lower-cased token hashes).</summary>
    public static WordClusters Build(IReadOnlyList<ulong[]> sentences, Options options, Action<string>? log = null)
    {
        var freq = new Dictionary<ulong, int>();
        foreach (var s in sentences)
        {
            foreach (var w in s)
            {
                freq[w] = freq.GetValueOrDefault(w) + 1;
            }
        }
        var ranked = freq.Where(kv => kv.Value >= options.MinCount)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key).ToArray();
        var words = ranked.Take(options.MaxWords).ToArray();
        var wordIndex = new Dictionary<ulong, int>(words.Length);
        for (var i = 0; i < words.Length; i++) wordIndex[words[i]] = i;
        var contexts = Math.Min(options.ContextWords, words.Length);
        // Dimensions: left neighbour (0..C-1), right neighbour (C..2C-1), and one "rare word" bucket per side.
        var dims = 2 * contexts + 2;
        var rows = new Dictionary<int, float>[words.Length];
        for (var i = 0; i < rows.Length; i++) rows[i] = [];
        int Context(ulong w) => wordIndex.TryGetValue(w, out var c) && c < contexts ? c : contexts;
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (!wordIndex.TryGetValue(s[i], out var row)) continue;
                var left = i > 0 ? Context(s[i - 1]) : contexts;
                var right = i + 1 < s.Length ? Context(s[i + 1]) : contexts;
                var r = rows[row];
                r[left] = r.GetValueOrDefault(left) + 1;
                r[contexts + 1 + right] = r.GetValueOrDefault(contexts + 1 + right) + 1;
            }
        }
        // Sparse rows, square-root damped (frequent contexts like "the" would dominate raw counts), unit length.
        var index = new int[words.Length][];
        var value = new float[words.Length][];
        for (var i = 0; i < words.Length; i++)
        {
            var keys = rows[i].Keys.Order().ToArray();
            var vals = new float[keys.Length];
            double norm = 0;
            for (var k = 0; k < keys.Length; k++)
            {
                vals[k] = MathF.Sqrt(rows[i][keys[k]]);
                norm += vals[k] * vals[k];
            }
            var inv = (float)(1 / Math.Sqrt(Math.Max(norm, 1e-9)));
            for (var k = 0; k < vals.Length; k++) vals[k] *= inv;
            index[i] = keys;
            value[i] = vals;
        }
        var fine = KMeans(index, value, dims, Math.Min(options.Fine, words.Length), options.Iterations, options.Seed, out var centroids, log);
        // Coarse classes: merge the fine centroids bottom-up, so the levels nest like Brown-cluster prefixes.
        var coarse = Agglomerate(centroids, fine, Math.Min(options.Coarse, centroids.Length), out var top, Math.Min(options.Top, options.Coarse));
        var ids = new Dictionary<ulong, uint>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            ids[words[i]] = (uint)(fine[i] + 1) | (uint)(coarse[fine[i]] + 1) << 16 | (uint)(top[fine[i]] + 1) << 24;
        }
        var coarseSizes = new int[options.Coarse];
        foreach (var f in fine) coarseSizes[coarse[f]]++;
        log?.Invoke($"word clusters: {words.Length} words ({freq.Count} types seen) into {centroids.Length} fine / {options.Coarse} coarse classes " +
                    $"(largest coarse class {coarseSizes.Max()} words, {coarseSizes.Count(c => c > 0)} used)");
        return new WordClusters(ids);
    }

    /// <summary>Ward merging of the fine classes (the pair whose union adds least within-class variance, weighted
    /// by word counts, so classes stay balanced) down to <paramref name="coarse"/> classes, then on to
    /// <paramref name="topCount"/>; returns fine → coarse and fine → top.</summary>
    private static int[] Agglomerate(float[][] centroids, int[] fineOfWord, int coarse, out int[] top, int topCount)
    {
        var k = centroids.Length;
        var dims = k == 0 ? 0 : centroids[0].Length;
        var size = new double[k];
        foreach (var f in fineOfWord) size[f]++;
        var means = new double[k][];
        for (var c = 0; c < k; c++)
        {
            size[c] = Math.Max(1, size[c]);
            means[c] = new double[dims];
            for (var d = 0; d < dims; d++) means[c][d] = centroids[c][d];
        }
        double Cost(int x, int y)
        {
            double dist = 0;
            for (var d = 0; d < dims; d++)
            {
                var diff = means[x][d] - means[y][d];
                dist += diff * diff;
            }
            return size[x] * size[y] / (size[x] + size[y]) * dist;
        }
        var cost = new double[k, k];
        for (var x = 0; x < k; x++)
        {
            for (var y = x + 1; y < k; y++) cost[x, y] = cost[y, x] = Cost(x, y);
        }
        var group = new int[k];
        for (var c = 0; c < k; c++) group[c] = c;
        var alive = new List<int>(Enumerable.Range(0, k));
        int[]? coarseOf = null;
        while (true)
        {
            if (alive.Count <= coarse && coarseOf is null) coarseOf = Renumber(group, alive);
            if (alive.Count <= Math.Max(1, topCount)) break;
            var (a, b, best) = (-1, -1, double.PositiveInfinity);
            for (var x = 0; x < alive.Count; x++)
            {
                for (var y = x + 1; y < alive.Count; y++)
                {
                    if (cost[alive[x], alive[y]] < best) (a, b, best) = (alive[x], alive[y], cost[alive[x], alive[y]]);
                }
            }
            for (var d = 0; d < dims; d++) means[a][d] = (means[a][d] * size[a] + means[b][d] * size[b]) / (size[a] + size[b]);
            size[a] += size[b];
            for (var c = 0; c < k; c++) if (group[c] == b) group[c] = a;
            alive.Remove(b);
            foreach (var c in alive) if (c != a) cost[a, c] = cost[c, a] = Cost(a, c);
        }
        top = Renumber(group, alive);
        return coarseOf ?? top;
    }

    private static int[] Renumber(int[] group, List<int> alive)
    {
        var result = new int[group.Length];
        for (var c = 0; c < group.Length; c++) result[c] = alive.IndexOf(group[c]);
        return result;
    }

    /// <summary>Spherical k-means (cosine); seeded from evenly spaced frequency ranks so every run is the same.</summary>
    private static int[] KMeans(int[][] index, float[][] value, int dims, int k, int iterations, int seed,
        out float[][] centroids, Action<string>? log)
    {
        var n = index.Length;
        var random = new Random(seed);
        centroids = new float[k][];
        for (var c = 0; c < k; c++)
        {
            centroids[c] = new float[dims];
            // Spread the seeds over the frequent half of the vocabulary, jittered.
            var pick = Math.Min(n - 1, (int)((c + random.NextDouble()) * n / (2.0 * k)));
            for (var j = 0; j < index[pick].Length; j++) centroids[c][index[pick][j]] = value[pick][j];
        }
        var assign = new int[n];
        for (var it = 0; it < iterations; it++)
        {
            var moved = 0;
            for (var i = 0; i < n; i++)
            {
                var idx = index[i];
                var val = value[i];
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var centroid = centroids[c];
                    var dot = 0f;
                    for (var j = 0; j < idx.Length; j++) dot += centroid[idx[j]] * val[j];
                    if (dot > bestScore)
                    {
                        bestScore = dot;
                        best = c;
                    }
                }
                if (assign[i] != best || it == 0) moved++;
                assign[i] = best;
            }
            for (var c = 0; c < k; c++) Array.Clear(centroids[c]);
            for (var i = 0; i < n; i++)
            {
                var centroid = centroids[assign[i]];
                for (var j = 0; j < index[i].Length; j++) centroid[index[i][j]] += value[i][j];
            }
            for (var c = 0; c < k; c++)
            {
                double norm = 0;
                foreach (var x in centroids[c]) norm += x * x;
                if (norm == 0) continue;
                var inv = (float)(1 / Math.Sqrt(norm));
                for (var d = 0; d < dims; d++) centroids[c][d] *= inv;
            }
            log?.Invoke($"word clusters: k-means {it + 1}/{iterations}, {moved} moved");
            if (moved == 0) break;
        }
        return assign;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_ids.Count);
        foreach (var (k, v) in _ids.OrderBy(kv => kv.Key))
        {
            writer.Write(k);
            writer.Write(v);
        }
    }

    public static WordClusters Read(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        var ids = new Dictionary<ulong, uint>(n);
        for (var i = 0; i < n; i++)
        {
            var k = reader.ReadUInt64();
            ids[k] = reader.ReadUInt32();
        }
        return new WordClusters(ids);
    }
}
