using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Nlp;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Ner;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train ner --train F --dev F --out DIR</c>: BILOU entity recogniser with a CAMEO gazetteer.</summary>
public sealed class TrainNerCommand : ICliCommand
{
    public string? Parent => "train";

    private const string Events = "data/events/";

    /// <summary>Unlabelled text under ../shared: UD EWT train (the NER train text itself) and the news/notes sets.
    /// Dev and test files of UD/UNER are never read.</summary>
    private static readonly string[] DefaultUnlabelled =
    [
        "data/ud-ewt/en_ewt-ud-train.conllu", Events + "acled", Events + "acled_legacy", Events + "conflibert_BBC_News",
        Events + "conflibert_insightCrime", Events + "conflibert_satp_relevant", Events + "conflibert_muc4",
        Events + "case2021_task2", Events + "conflibert_cameo_class", Events + "india_police_events/sents.csv",
        Events + "ucdp_ged_syria",
    ];

    /// <summary>The --unlabelled paths given, or the default ones (shared by 'train tagger'), each required to exist.</summary>
    internal static string[] UnlabelledOrDefault(string[]? given) =>
        given is { Length: > 0 } ? given : Array.ConvertAll(DefaultUnlabelled, p => SharedCorpora.Require(p, "--unlabelled", "PATH…"));

    private static List<string> PlaceNames(string path, long minPopulation)
    {
        InputFiles.RequireFile(path);
        var geo = Sitrep.Geo.Gazetteer.Gazetteer.Load(path);
        var names = new List<string>();
        for (var i = 0; i < geo.Count; i++)
        {
            var e = geo[i];
            if (e.Population >= minPopulation) names.Add(e.Name);
        }
        Console.Error.WriteLine($"places: {names.Count} of {geo.Count} geo gazetteer entries have ≥ {minPopulation} people");
        return names;
    }

    public Command Create()
    {
        var train = new Option<string>("--train") { Description = "Training IOB2 (UNER draft en_ewt-ud-train.iob2).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Development IOB2, scored after training." };
        var output = new Option<string>("--out") { Description = $"Output folder; writes {NlpModels.NerFile}.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training passes (10 chosen on dev).", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => 1 };
        var oth = new Option<string>("--oth")
        {
            Description = "What the draft's OTH tags become: o (plain text) or misc (a MISC type). Stray B-O is always O.",
            DefaultValueFactory = _ => "o",
        };
        oth.AcceptOnlyFromAmong("o", "misc");
        var cameo = new Option<string?>("--cameo")
        {
            Description = "CAMEO data folder whose PETRARCH-2 dictionaries feed the gazetteer (compiled into the model; default ../shared/data/cameo).",
        };
        var admin1 = new Option<string?>("--admin1")
        {
            Description = "GeoNames admin1CodesASCII.txt: first-level divisions join the LOC gazetteer " +
                          "(off by default: on UNER dev it cost 1.2 F1, names like 'Central' or 'Capital' are noise).",
        };
        var udTrain = new Option<string?>("--ud-train")
        {
            Description = "UD EWT train CoNLL-U (the same text): its jackknifed POS tags become NER features (default ../shared/data/ud-ewt/en_ewt-ud-train.conllu).",
        };
        var unlabelled = new Option<string[]>("--unlabelled")
        {
            Description = "Unlabelled text files/folders for word clusters and capitalisation counts (UD EWT train text and the " +
                          "local news sets under ../shared by default; never dev/test text). Pass 'none' to train without them.",
            AllowMultipleArgumentsPerToken = true,
        };
        var clusters = new Option<int>("--clusters") { Description = "Fine word-cluster count.", DefaultValueFactory = _ => 256 };
        var places = new Option<string?>("--places")
        {
            Description = "Geo gazetteer (models/geo/gazetteer.bin.gz by default) whose populated places of at least --min-population " +
                          "people become a PLACE name list (hashes in the model). 'none' to leave them out.",
        };
        var minPopulation = new Option<long>("--min-population") { Description = "Smallest place population listed (10000 chosen on dev).", DefaultValueFactory = _ => 10000 };
        var tagsCache = new Option<string?>("--tags-cache")
        {
            Description = "File caching the jackknifed training tags between runs (scratch, e.g. /tmp/ner-tags.bin).",
        };
        var ensemble = new Option<int>("--ensemble")
        {
            Description = "Train this many models (seeds --seed, --seed + 1, …) and average their weights into one.",
            DefaultValueFactory = _ => 1,
        };
        var tuneBias = new Option<bool>("--tune-bias")
        {
            Description = "Tune each type's span bias on --dev after training (on by default; --tune-bias false to skip).",
            DefaultValueFactory = _ => true,
        };
        var command = new Command("ner", "Train the named-entity recogniser (structured averaged perceptron, BILOU, gazetteer features).")
        {
            train, dev, output, epochs, seed, oth, cameo, admin1, udTrain, unlabelled, clusters, places, minPopulation, tagsCache, ensemble, tuneBias,
        };
        command.SetAction(parse =>
        {
            var trainPath = parse.GetValue(train)!;
            InputFiles.RequireFile(trainPath);
            var devPath = parse.GetValue(dev);
            if (devPath is not null) InputFiles.RequireFile(devPath);
            if (parse.GetValue(epochs) <= 0) throw new SitrepException("--epochs must be positive");
            if (parse.GetValue(ensemble) is <= 0 or > 16) throw new SitrepException("--ensemble must be 1..16");
            var cameoDir = parse.GetValue(cameo) ?? SharedCorpora.Require("data/cameo", "--cameo", "DIR");
            var udPath = InputFiles.RequireFile(parse.GetValue(udTrain) ?? SharedCorpora.Require("data/ud-ewt/en_ewt-ud-train.conllu", "--ud-train"));
            var paths = UnlabelledOrDefault(parse.GetValue(unlabelled));
            var watch = Stopwatch.StartNew();
            var othToMisc = parse.GetValue(oth) == "misc";
            var sentences = Iob2Reader.Read(trainPath, t => DraftTags.Map(t, othToMisc));
            var placesPath = parse.GetValue(places) ?? ModelFiles.Require(Sitrep.Geo.Gazetteer.Gazetteer.DefaultRelativePath, Sitrep.Geo.Gazetteer.Gazetteer.HowToBuild);
            var gazetteer = GazetteerBuilder.FromCameo(cameoDir, parse.GetValue(admin1),
                placesPath == "none" ? null : PlaceNames(placesPath, parse.GetValue(minPopulation)));
            Console.Error.WriteLine($"gazetteer: {gazetteer.Count} phrases, {gazetteer.HeadCount} organisation head words");
            var outDir = parse.GetValue(output)!;
            // the output folder's tagger (else the committed one)
            var tagger = TrainedTagger.Load(outDir);
            // The jackknifed taggers get the run-time tagger's word features (in --out, or the committed one), as the parser's do.
            var taggers = Sitrep.Nlp.Tagging.Jackknife.TaggerOptions(Sitrep.Nlp.Tagging.Jackknife.DefaultEpochs, parse.GetValue(seed), 0,
                tagger.Lexicon, tagger.WordNet);
            var tags = NerTrainingTagCache.Tags(sentences, taggers, parse.GetValue(tagsCache),
                () => NerTrainingTags.Jackknifed(ConlluReader.Read(udPath), 4, taggers, Console.Error.WriteLine));
            var text = paths is ["none"] ? null : UnlabelledText.Read(paths, Console.Error.WriteLine);
            var options = new EntityRecognizer.Options(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(ensemble))
            {
                Clusters = new WordClusters.Options(Fine: parse.GetValue(clusters)),
            };
            var ner = EntityRecognizer.Train(sentences, tags, gazetteer, options, Console.Error.WriteLine, text);
            var path = Path.Combine(outDir, NlpModels.NerFile);
            if (devPath is not null && parse.GetValue(tuneBias))
            {
                // Tuned on what inference sees: the saved (pruned, half-precision) weights and the output folder's tagger.
                ner.Save(path, EntityRecognizer.DefaultPrune);
                ner = EntityRecognizer.Load(path);
                SpanBiasTuner.Tune(ner, Iob2Reader.Read(devPath), tagger, Console.Error.WriteLine);
            }
            ner.Save(path, EntityRecognizer.DefaultPrune);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {path} ({new FileInfo(path).Length / 1024} KiB) in {watch.Elapsed.TotalSeconds:F0} s"));
            if (devPath is not null)
            {
                var s = NerEvaluator.Evaluate(Iob2Reader.Read(devPath), EntityRecognizer.Load(path), tagger);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"dev: P {s.Overall.Precision:F2}  R {s.Overall.Recall:F2}  F1 {s.Overall.F1:F2}  ({s.TokensPerSecond:N0} tokens/s)"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
