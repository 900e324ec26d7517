using System.CommandLine;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Geo;
using Sitrep.Geo.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval geo --gwn F | --lgl F [--oracle-spans] [--format json]</c>: geocoding and geotagging figures.</summary>
public sealed class EvalGeoCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var gwn = new Option<string?>("--gwn") { Description = "GeoWebNews gold (GWN.xml)." };
        var lgl = new Option<string?>("--lgl") { Description = "LGL gold (lgl.xml)." };
        var oracle = new Option<bool>("--oracle-spans") { Description = "Resolve the gold toponym spans (geocoding only); default: end to end." };
        var format = CommonOptions.TextOrJson();
        var noNer = new Option<bool>("--no-ner") { Description = "End to end without the tagger + NER stages (gazetteer matching alone)." };
        var cv = new Option<int>("--cv") { Description = "K-fold held-out figures: each fold scored by a ranker trained on the other folds (0 = committed ranker)." };
        var cvWith = new Option<string?>("--cv-with") { Description = "Another gold corpus added to every fold's training set (e.g. lgl.xml when scoring GWN)." };
        var noOutlets = new Option<bool>("--no-outlets") { Description = "Ignore the articles' URLs (no outlet home town as context): the figures without models/geo/outlets.tsv." };
        var errors = new Option<string?>("--errors") { Description = "Write one TSV row per miss, far resolution and spurious span (error analysis)." };
        var command = new Command("geo", "Geoparser accuracy@161km, mean/median error, AUC, geotagging P/R/F1, coverage, speed.")
        {
            gwn, lgl, oracle, format, noNer, cv, cvWith, noOutlets, errors,
        };
        command.SetAction(parse =>
        {
            var g = parse.GetValue(gwn);
            var l = parse.GetValue(lgl);
            if (g is null == (l is null)) throw new SitrepException("give exactly one of --gwn FILE or --lgl FILE");
            var articles = g is not null ? GoldCorpus.ReadGwn(g) : GoldCorpus.ReadLgl(l!);
            var gazetteer = Sitrep.Geo.Gazetteer.Gazetteer.LoadDefault();
            var parser = new Geoparser(gazetteer, Sitrep.Geo.Parsing.Ranker.LoadDefault(),
                parse.GetValue(noOutlets) ? null : Sitrep.Geo.Gazetteer.OutletHomes.LoadDefault(gazetteer));
            using var errorLog = parse.GetValue(errors) is { } errorPath ? OutputFiles.CreateText(errorPath, "--errors") : null;
            // End to end runs the stages the default pipeline runs before geo, so NER's PER/LOC spans count as in production.
            var before = new List<Sitrep.Core.Pipeline.IDocumentStage> { new Sitrep.Text.Tokenizer() };
            if (!parse.GetValue(oracle) && !parse.GetValue(noNer))
            {
                var nlp = Sitrep.Nlp.NlpModels.LoadDefault();
                before.Add(nlp.TagStage);
                before.Add(nlp.NerStage);
            }
            var folds = parse.GetValue(cv);
            if (folds is 1 or < 0) throw new SitrepException("--cv needs at least 2 folds");
            var s = folds == 0
                ? GeoEvaluator.Evaluate(parser, articles, parse.GetValue(oracle), before, errorLog)
                : CrossValidation.Evaluate(parser, articles, folds, parse.GetValue(oracle),
                    parse.GetValue(cvWith) is { } extra ? GoldCorpus.ReadAny(extra) : [], before);
            if (parse.GetValue(format) == "json")
            {
                var json = new Dictionary<string, object?>
                {
                    ["corpus"] = g is not null ? "gwn" : "lgl", ["oracle_spans"] = parse.GetValue(oracle), ["articles"] = s.Articles,
                    ["gold_toponyms"] = s.Gold, ["geocoded"] = s.Geocoded, ["acc161"] = s.Acc161, ["mean_km"] = s.MeanKm,
                    ["median_km"] = s.MedianKm, ["auc"] = s.Auc, ["precision"] = s.Precision, ["recall"] = s.Recall, ["f1"] = s.F1,
                    ["toponyms_per_second"] = s.ToponymsPerSecond, ["coverage"] = s.Coverage, ["ceiling"] = s.Ceiling,
                };
                Console.WriteLine(JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                Console.WriteLine($"{(g is not null ? "GeoWebNews" : "LGL")} ({(parse.GetValue(oracle) ? "oracle spans" : "end to end")}{(folds > 0 ? $", {folds}-fold held out" : "")}): {s.Articles} articles, {s.Gold} gold toponyms, {s.Geocoded} geocoded");
                Console.WriteLine($"  acc@161km {s.Acc161:0.00}%  mean {s.MeanKm:0.0} km  median {s.MedianKm:0.0} km  AUC {s.Auc:0.0000}");
                if (s.F1 is not null) Console.WriteLine($"  geotagging (exact spans) P {s.Precision:0.00}  R {s.Recall:0.00}  F1 {s.F1:0.00}");
                Console.WriteLine($"  coverage {s.Coverage:0.00}% of gold names in the gazetteer; gazetteer ceiling {s.Ceiling:0.00}% (a candidate within 161 km; unknown names placed at the main city can add to acc); {s.ToponymsPerSecond:0} toponyms/s");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
