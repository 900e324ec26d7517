using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Nlp;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train parser --train F --dev F --out DIR</c>: labelled arc-hybrid dependency parser.</summary>
public sealed class TrainParserCommand : ICliCommand
{
    public string? Parent => "train";

    public Command Create()
    {
        var train = new Option<string>("--train") { Description = "Training CoNLL-U.", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Development CoNLL-U, scored (with the tagger in --out or models/nlp) after training." };
        var output = new Option<string>("--out") { Description = $"Output folder; writes {NlpModels.ParserFile}.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training passes.", DefaultValueFactory = _ => 15 };
        var seed = new Option<int>("--seed") { Description = "Shuffling and exploration seed.", DefaultValueFactory = _ => 1 };
        var jackknife = new Option<int>("--jackknife")
        {
            Description = "Train on tags predicted by N-fold jackknifed taggers (0 = gold tags), so training sees tagger errors.",
            DefaultValueFactory = _ => 4,
        };
        var taggerFolds = new Option<int>("--tagger-folds")
        {
            Description = "--folds of the jackknifed taggers (match the tagger used at run time: 0 = one pass).",
            DefaultValueFactory = _ => 0,
        };
        var tagsCache = new Option<string?>("--tags-cache")
        {
            Description = "File caching the jackknifed training tags between runs (scratch, e.g. /tmp/parser-tags.bin).",
        };
        var limit = new Option<int>("--limit") { Description = "Train on the first N sentences only (quick checks; 0 = all).", DefaultValueFactory = _ => 0 };
        var command = new Command("parser", "Train the dependency parser (arc-hybrid, dynamic oracle, averaged perceptron).")
        {
            train, dev, output, epochs, seed, jackknife, taggerFolds, tagsCache, limit,
        };
        command.SetAction(parse =>
        {
            var trainPath = parse.GetValue(train)!;
            InputFiles.RequireFile(trainPath);
            var devPath = parse.GetValue(dev);
            if (devPath is not null) InputFiles.RequireFile(devPath);
            if (parse.GetValue(epochs) <= 0) throw new SitrepException("--epochs must be positive");
            var watch = Stopwatch.StartNew();
            var sentences = ConlluReader.Read(trainPath);
            if (parse.GetValue(limit) > 0) sentences = [.. sentences.Take(parse.GetValue(limit))];
            var folds = parse.GetValue(jackknife);
            // The jackknifed taggers get the word features (unlabelled text, WordNet) of the run-time tagger in --out (or
            // the committed one); the parser gets its unlabelled-text ones.
            var outDir = parse.GetValue(output)!;
            var tagger = TrainedTagger.Load(outDir);
            var lexicon = tagger.Lexicon;
            var taggers = Jackknife.TaggerOptions(Jackknife.DefaultEpochs, parse.GetValue(seed), parse.GetValue(taggerFolds), lexicon, tagger.WordNet);
            var predicted = folds > 1
                ? JackknifeCache.PredictTags(sentences, JackknifeCache.Settings(folds, taggers), parse.GetValue(tagsCache),
                    () => Jackknife.PredictTags(sentences, folds, Console.Error.WriteLine, taggers))
                : null;
            var parser = DependencyParser.Train(sentences,
                new DependencyParser.Options(parse.GetValue(epochs), parse.GetValue(seed)) { Lexicon = lexicon }, Console.Error.WriteLine,
                predicted is null ? null : s => predicted[s]);
            var path = Path.Combine(outDir, NlpModels.ParserFile);
            parser.Save(path, DependencyParser.DefaultPrune);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {path} ({new FileInfo(path).Length / 1024} KiB) in {watch.Elapsed.TotalSeconds:F0} s"));
            if (devPath is not null)
            {
                var scores = UdEvaluator.Evaluate(ConlluReader.Read(devPath), tagger, DependencyParser.Load(path));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"dev: UPOS {scores.Upos:F2}  UAS {scores.Uas:F2}  LAS {scores.Las:F2}  ({scores.TokensPerSecond:N0} tokens/s)"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
