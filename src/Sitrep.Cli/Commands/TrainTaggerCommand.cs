using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Nlp;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Ner;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train tagger --train F --dev F --out DIR</c>: POS tagger + lemmatizer from CoNLL-U.</summary>
public sealed class TrainTaggerCommand : ICliCommand
{
    public string? Parent => "train";

    public Command Create()
    {
        var train = new Option<string>("--train") { Description = "Training CoNLL-U (e.g. en_ewt-ud-train.conllu).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Development CoNLL-U, scored after training." };
        var output = new Option<string>("--out") { Description = $"Output folder; writes {NlpModels.TaggerFile}.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training passes (dev: 14 beat 10 by 0.08 UPOS).", DefaultValueFactory = _ => 14 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => 1 };
        var folds = new Option<int>("--folds")
        {
            Description = "N > 1: add a second pass that sees first-pass tags of the words to the right, trained on N-fold jackknifed first-pass tags; 0 = one pass.",
            DefaultValueFactory = _ => 0,
        };
        var unlabelled = new Option<string[]>("--unlabelled")
        {
            Description = "Unlabelled text files/folders for word clusters and capitalisation counts (the same default local text as " +
                          "'train ner', under ../shared; never dev/test text). Pass 'none' to train without them.",
            AllowMultipleArgumentsPerToken = true,
        };
        var prune = new Option<float>("--prune")
        {
            Description = "Weights below this are not saved (1.0: −0.06 dev UPOS against 0.01, ~30% faster tagging, 3 instead of 5 MB).",
            DefaultValueFactory = _ => PosTagger.DefaultPrune,
        };
        var lexiconCache = new Option<string?>("--lexicon-cache")
        {
            Description = "Scratch file keeping the clusters/case counts between tuning runs (e.g. /tmp/tagger-lexicon.bin).",
        };
        var netEpochs = new Option<int>("--net-epochs")
        {
            Description = "Passes of the feature network beside the perceptron; 0 trains none (perceptron only).",
            DefaultValueFactory = _ => new PosTagger.Options().NetEpochs,
        };
        var netHidden = new Option<int>("--net-hidden")
        {
            Description = "Hidden units of the feature network (a multiple of 32).",
            DefaultValueFactory = _ => new PosTagger.Options().NetHidden,
        };
        var netRowBits = new Option<int>("--net-row-bits")
        {
            Description = "log2 of the feature network's embedding rows (feature keys share rows by their low bits).",
            DefaultValueFactory = _ => new PosTagger.Options().NetRowBits,
        };
        var wordNet = new Option<string>("--wordnet")
        {
            Description = "WordNet 3.0 database folder (Debian package wordnet-base) for the words' possible classes; 'none' trains without.",
            DefaultValueFactory = _ => DefaultWordNet,
        };
        var command = new Command("tagger", "Train the UPOS/XPOS tagger and lemmatizer (averaged perceptron plus a small feature network).")
        {
            train, dev, output, epochs, seed, folds, unlabelled, lexiconCache, wordNet, prune, netEpochs, netHidden, netRowBits,
        };
        command.SetAction(parse =>
        {
            var trainPath = parse.GetValue(train)!;
            InputFiles.RequireFile(trainPath);
            var devPath = parse.GetValue(dev);
            if (devPath is not null) InputFiles.RequireFile(devPath);
            if (parse.GetValue(epochs) <= 0) throw new SitrepException("--epochs must be positive");
            if (parse.GetValue(folds) is < 0 or 1) throw new SitrepException("--folds must be 0 or at least 2");
            if (parse.GetValue(netEpochs) < 0) throw new SitrepException("--net-epochs must be 0 or positive");
            if (parse.GetValue(netHidden) is <= 0 || parse.GetValue(netHidden) % 32 != 0) throw new SitrepException("--net-hidden must be a positive multiple of 32");
            if (parse.GetValue(netRowBits) is < 10 or > 24) throw new SitrepException("--net-row-bits must be between 10 and 24");
            var watch = Stopwatch.StartNew();
            var sentences = ConlluReader.Read(trainPath);
            var lexicon = BuildLexicon(TrainNerCommand.UnlabelledOrDefault(parse.GetValue(unlabelled)), parse.GetValue(lexiconCache));
            var options = new PosTagger.Options(parse.GetValue(epochs), parse.GetValue(seed), Folds: parse.GetValue(folds))
            {
                Lexicon = lexicon,
                WordNet = LoadWordNet(parse.GetValue(wordNet)!),
                NetEpochs = parse.GetValue(netEpochs),
                NetHidden = parse.GetValue(netHidden),
                NetRowBits = parse.GetValue(netRowBits),
            };
            var tagger = PosTagger.Train(sentences, options, Console.Error.WriteLine);
            var path = Path.Combine(parse.GetValue(output)!, NlpModels.TaggerFile);
            tagger.Save(path, parse.GetValue(prune));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {path} ({new FileInfo(path).Length / 1024} KiB) in {watch.Elapsed.TotalSeconds:F0} s"));
            if (devPath is not null)
            {
                var scores = UdEvaluator.Evaluate(ConlluReader.Read(devPath), PosTagger.Load(path), null);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"dev: UPOS {scores.Upos:F2}  XPOS {scores.Xpos:F2}  lemma {scores.Lemma:F2}  ({scores.TokensPerSecond:N0} tokens/s)"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Where Debian's wordnet-base installs the database.</summary>
    public const string DefaultWordNet = "/usr/share/wordnet";

    public static WordNetLexicon LoadWordNet(string directory)
    {
        if (directory == "none") return WordNetLexicon.Empty;
        if (!File.Exists(Path.Combine(directory, "index.noun")))
        {
            throw new SitrepException($"no WordNet database in {directory} (install it with 'apt-get install wordnet-base', or pass --wordnet none)");
        }
        var wordNet = WordNetLexicon.Build(directory);
        Console.Error.WriteLine($"WordNet: {wordNet.Count:N0} word forms from {directory}");
        return wordNet;
    }

    private static WordLexicon BuildLexicon(string[] paths, string? cache)
    {
        if (paths is ["none"])
        {
            return WordLexicon.Empty;
        }
        if (cache is not null && File.Exists(cache))
        {
            Console.Error.WriteLine($"word lexicon: read from cache {cache}");
            return WordLexicon.Load(cache);
        }
        var lexicon = WordLexicon.Build(UnlabelledText.Read(paths, Console.Error.WriteLine), new WordLexicon.Options(), Console.Error.WriteLine);
        Console.Error.WriteLine($"word lexicon: {lexicon.Clusters.Count} clustered words, case counts for {lexicon.CaseCount}");
        if (cache is not null)
        {
            lexicon.Save(cache);
        }
        return lexicon;
    }
}
