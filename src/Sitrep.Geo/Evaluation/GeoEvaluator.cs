using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Contract;
using Sitrep.Core.Geography;
using Sitrep.Core.Pipeline;
using Sitrep.Geo.Parsing;

namespace Sitrep.Geo.Evaluation;

public sealed record GeoScores(
    int Articles, int Gold, int Geocoded, double Acc161, double MeanKm, double MedianKm, double Auc,
    double? Precision, double? Recall, double? F1, double ToponymsPerSecond, double Coverage, double Ceiling);

/// <summary>Standard geoparsing metrics (Gritta et al.): accuracy@161 km, mean/median error, AUC of the log error
/// curve; exact-span geotagging P/R/F1 end to end; coverage = share of gold names the gazetteer holds at all;
/// ceiling = share with a candidate within 161 km of the gold point (the best acc@161 a perfect ranker reaches).</summary>
public static class GeoEvaluator
{
    public static GeoScores Evaluate(Geoparser parser, IReadOnlyList<GoldArticle> articles, bool oracle, IDocumentStage? tokenizer = null,
        TextWriter? errorLog = null) =>
        Evaluate(parser, articles, oracle, tokenizer is null ? [] : [tokenizer], errorLog);

    /// <summary>End to end, <paramref name="before"/> are the stages the pipeline runs ahead of geo (tokenizer, tagger,
    /// NER); they run outside the clock, so toponyms/s is the geo stage's own speed.</summary>
    public static GeoScores Evaluate(Geoparser parser, IReadOnlyList<GoldArticle> articles, bool oracle, IReadOnlyList<IDocumentStage> before,
        TextWriter? errorLog = null)
    {
        var errors = new List<double>();
        int tp = 0, predicted = 0, gold = 0, known = 0, reachable = 0, withCoords = 0, resolvedCount = 0;
        var clock = new Stopwatch();
        foreach (var article in articles)
        {
            gold += article.Toponyms.Count;
            foreach (var t in article.Toponyms)
            {
                if (t.Lat is null) continue;
                withCoords++;
                var candidates = parser.Resolver.Candidates(new Mention { Key = Gazetteer.NameKey.Fold(t.Name) });
                if (candidates.Length > 0) known++;
                // The ceiling: some candidate lies within 161 km of the gold point, so a perfect ranker gets it.
                foreach (var c in candidates)
                {
                    var e = parser.Gazetteer[c];
                    if (GeoMath.DistanceKm(e.Lat, e.Lon, t.Lat.Value, t.Lon!.Value) < 161)
                    {
                        reachable++;
                        break;
                    }
                }
            }
            List<PlaceRecord> places;
            clock.Start();
            if (oracle)
            {
                places = parser.ResolveSpans(article.Text, article.Toponyms.Where(t => t.Lat is not null).Select(t => (t.Start, t.End)), url: article.Url);
            }
            else
            {
                clock.Stop();
                var doc = new Document(article.Text) { Url = article.Url };
                foreach (var stage in before) stage.Process(doc);
                clock.Start();
                parser.Process(doc);
                places = doc.Places;
            }
            clock.Stop();
            resolvedCount += places.Count;
            predicted += places.Count;
            var bySpan = new Dictionary<(int, int), PlaceRecord>();
            foreach (var p in places) bySpan.TryAdd((p.Start, p.End), p);
            var goldSpans = new HashSet<(int, int)>();
            foreach (var t in article.Toponyms)
            {
                goldSpans.Add((t.Start, t.End));
                if (!bySpan.TryGetValue((t.Start, t.End), out var p))
                {
                    errorLog?.WriteLine(ErrorRow(article, "missed", t.Name, t, null, double.NaN));
                    continue;
                }
                tp++;
                if (t.Lat is null || p.Lat is null) continue;
                var km = GeoMath.DistanceKm(t.Lat.Value, t.Lon!.Value, p.Lat.Value, p.Lon!.Value);
                errors.Add(km);
                if (km >= 161) errorLog?.WriteLine(ErrorRow(article, "far", t.Name, t, p, km));
            }
            if (errorLog is not null && !oracle)
            {
                foreach (var p in places)
                {
                    if (!goldSpans.Contains((p.Start, p.End))) errorLog.WriteLine(ErrorRow(article, "spurious", p.Text, null, p, double.NaN));
                }
            }
        }
        // Oracle mode scores every gold toponym with coordinates: one the parser left unresolved counts as the worst error.
        if (oracle)
        {
            for (var k = errors.Count; k < withCoords; k++) errors.Add(GeoMath.HalfCircumferenceKm);
        }
        errors.Sort();
        var n = errors.Count;
        var acc = n == 0 ? 0 : 100.0 * errors.Count(e => e < 161) / n;
        var mean = n == 0 ? 0 : errors.Average();
        var median = n == 0 ? 0 : n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
        var auc = Auc(errors);
        double? precision = null, recall = null, f1 = null;
        if (!oracle)
        {
            precision = predicted == 0 ? 0 : 100.0 * tp / predicted;
            recall = gold == 0 ? 0 : 100.0 * tp / gold;
            f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return new GeoScores(articles.Count, gold, n, Math.Round(acc, 2), Math.Round(mean, 1), Math.Round(median, 1), Math.Round(auc, 4),
            precision is null ? null : Math.Round(precision.Value, 2), recall is null ? null : Math.Round(recall.Value, 2),
            f1 is null ? null : Math.Round(f1.Value, 2),
            Math.Round(seconds > 0 ? (oracle ? withCoords : resolvedCount) / seconds : 0), Math.Round(withCoords == 0 ? 0 : 100.0 * known / withCoords, 2),
            Math.Round(withCoords == 0 ? 0 : 100.0 * reachable / withCoords, 2));
    }

    /// <summary>One tab-separated error-analysis row: article, kind (missed / far / spurious), text, gold point and id,
    /// the prediction (name, country, feature code, id, point), error km and 60 characters of context.</summary>
    private static string ErrorRow(GoldArticle a, string kind, string text, GoldToponym? t, PlaceRecord? p, double km)
    {
        var start = t?.Start ?? p!.Start;
        var from = Math.Max(0, start - 30);
        var context = a.Text.Substring(from, Math.Min(a.Text.Length, start + 30) - from).Replace('\n', ' ').Replace('\t', ' ');
        return string.Join('\t', a.Id, kind, text, t?.Lat?.ToString("0.###", CultureInfo.InvariantCulture) ?? "",
            t?.Lon?.ToString("0.###", CultureInfo.InvariantCulture) ?? "", t?.GeonamesId?.ToString(CultureInfo.InvariantCulture) ?? "",
            p?.Name ?? "", p?.Country ?? "", p?.FeatureCode ?? "", p?.GeonamesId?.ToString(CultureInfo.InvariantCulture) ?? "",
            p?.Lat?.ToString("0.###", CultureInfo.InvariantCulture) ?? "", p?.Lon?.ToString("0.###", CultureInfo.InvariantCulture) ?? "",
            double.IsNaN(km) ? "" : km.ToString("0", CultureInfo.InvariantCulture), context);
    }

    /// <summary>AUC = trapz(ln(err+1) sorted) / (ln(20039) · (N − 1)), as in SOURCE.md; lower is better.</summary>
    public static double Auc(List<double> sortedErrors)
    {
        var n = sortedErrors.Count;
        if (n < 2) return 0;
        var area = 0.0;
        for (var i = 1; i < n; i++)
        {
            area += (Math.Log(sortedErrors[i - 1] + 1) + Math.Log(sortedErrors[i] + 1)) / 2;
        }
        return area / (Math.Log(GeoMath.HalfCircumferenceKm) * (n - 1));
    }
}
