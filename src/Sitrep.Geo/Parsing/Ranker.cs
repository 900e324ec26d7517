using System.Globalization;
using Sitrep.Core;

namespace Sitrep.Geo.Parsing;

/// <summary>Linear candidate ranker: score = w · features. Weights are trained by <see cref="RankerTrainer"/>
/// (averaged perceptron) on the public GeoWebNews + LGL split and stored as a small TSV.</summary>
public sealed class Ranker
{
    public const string DefaultRelativePath = "geo/ranker.tsv";

    public double[] Weights { get; }

    public Ranker(double[] weights)
    {
        if (weights.Length != CandidateFeatures.Count)
        {
            throw new SitrepException($"ranker has {weights.Length} weights, expected {CandidateFeatures.Count}; retrain with: sitrep gazetteer train");
        }
        Weights = weights;
    }

    /// <summary>Hand-set starting point (population and prominence first), used before training and as a fallback.</summary>
    public static Ranker Prior()
    {
        var w = new double[CandidateFeatures.Count];
        w[CandidateFeatures.LogPopulation] = 1.0;
        w[CandidateFeatures.IsCountry] = 1.5;
        w[CandidateFeatures.IsAdmin1] = 0.3;
        w[CandidateFeatures.IsCapital] = 0.8;
        w[CandidateFeatures.ContextCountryShare] = 1.5;
        w[CandidateFeatures.CommaParent] = 3.0;
        w[CandidateFeatures.Proximity] = 1.0;
        w[CandidateFeatures.ExactName] = 0.5;
        return new Ranker(w);
    }

    public double Score(ReadOnlySpan<double> features)
    {
        var s = 0.0;
        for (var i = 0; i < features.Length; i++) s += Weights[i] * features[i];
        return s;
    }

    public static Ranker Load(string path)
    {
        var weights = new double[CandidateFeatures.Count];
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            var index = Array.IndexOf(CandidateFeatures.Names, cols[0]);
            if (index < 0 || cols.Length < 2 || !double.TryParse(cols[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
            {
                throw new SitrepException($"{path}: bad ranker line '{line}'; retrain with: sitrep gazetteer train");
            }
            weights[index] = w;
        }
        return new Ranker(weights);
    }

    public static Ranker LoadDefault() => ModelFiles.Find(DefaultRelativePath) is { } path ? Load(path) : Prior();

    public void Save(string path, string header)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var w = new StreamWriter(path);
        w.WriteLine("# " + header);
        for (var i = 0; i < Weights.Length; i++)
        {
            w.WriteLine($"{CandidateFeatures.Names[i]}\t{Weights[i].ToString("R", CultureInfo.InvariantCulture)}");
        }
    }
}
