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

    public Command Create()
    {
        var train = new Option<string>("--train") { Description = "Training IOB2 (UNER draft en_ewt-ud-train.iob2).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Development IOB2, scored after training." };
        var output = new Option<string>("--out") { Description = $"Output folder; writes {NlpModels.NerFile}.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training passes.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => 1 };
        var oth = new Option<string>("--oth")
        {
            Description = "What the draft's OTH tags become: o (plain text) or misc (a MISC type). Stray B-O is always O.",
            DefaultValueFactory = _ => "o",
        };
        oth.AcceptOnlyFromAmong("o", "misc");
        var cameo = new Option<string>("--cameo")
        {
            Description = "CAMEO data folder whose PETRARCH-2 dictionaries feed the gazetteer (compiled into the model).",
            DefaultValueFactory = _ => "/work/shared/data/cameo",
        };
        var admin1 = new Option<string?>("--admin1")
        {
            Description = "GeoNames admin1CodesASCII.txt: first-level divisions join the LOC gazetteer " +
                          "(off by default: on UNER dev it cost 1.2 F1, names like 'Central' or 'Capital' are noise).",
        };
        var udTrain = new Option<string>("--ud-train")
        {
            Description = "UD EWT train CoNLL-U (the same text): its jackknifed POS tags become NER features.",
            DefaultValueFactory = _ => "/work/shared/data/ud-ewt/en_ewt-ud-train.conllu",
        };
        var command = new Command("ner", "Train the named-entity recogniser (averaged perceptron, BILOU, gazetteer features).")
        {
            train, dev, output, epochs, seed, oth, cameo, admin1, udTrain,
        };
        command.SetAction(parse =>
        {
            var trainPath = parse.GetValue(train)!;
            InputFiles.RequireFile(trainPath);
            var devPath = parse.GetValue(dev);
            if (devPath is not null) InputFiles.RequireFile(devPath);
            if (parse.GetValue(epochs) <= 0) throw new SitrepException("--epochs must be positive");
            var watch = Stopwatch.StartNew();
            var othToMisc = parse.GetValue(oth) == "misc";
            var sentences = Iob2Reader.Read(trainPath, t => DraftTags.Map(t, othToMisc));
            var gazetteer = GazetteerBuilder.FromCameo(parse.GetValue(cameo)!, parse.GetValue(admin1));
            Console.Error.WriteLine($"gazetteer: {gazetteer.Count} phrases");
            InputFiles.RequireFile(parse.GetValue(udTrain)!);
            var tags = NerTrainingTags.Jackknifed(ConlluReader.Read(parse.GetValue(udTrain)!), 4, parse.GetValue(seed), Console.Error.WriteLine);
            var ner = EntityRecognizer.Train(sentences, tags, gazetteer, new EntityRecognizer.Options(parse.GetValue(epochs), parse.GetValue(seed)), Console.Error.WriteLine);
            var path = Path.Combine(parse.GetValue(output)!, NlpModels.NerFile);
            ner.Save(path, EntityRecognizer.DefaultPrune);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {path} ({new FileInfo(path).Length / 1024} KiB) in {watch.Elapsed.TotalSeconds:F0} s"));
            if (devPath is not null)
            {
                var outDir = parse.GetValue(output)!;
                var taggerPath = TrainedTagger.PathFor(outDir);
                var s = NerEvaluator.Evaluate(Iob2Reader.Read(devPath), EntityRecognizer.Load(path), Sitrep.Nlp.Tagging.PosTagger.Load(taggerPath));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"dev: P {s.Overall.Precision:F2}  R {s.Overall.Recall:F2}  F1 {s.Overall.F1:F2}  ({s.TokensPerSecond:N0} tokens/s)"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
