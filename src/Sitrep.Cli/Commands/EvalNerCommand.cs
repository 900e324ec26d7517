using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Nlp;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Ner;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval ner --iob2 F</c>: strict entity-level precision, recall and F1, overall and per type.</summary>
public sealed class EvalNerCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var iob2 = new Option<string>("--iob2") { Description = "Gold IOB2 file (e.g. UNER en_ewt-ud-test.iob2).", Required = true };
        var format = CommonOptions.TextOrJson();
        var models = new Option<string?>("--models") { Description = "Folder with ner.bin.gz and tagger.bin.gz (default: the committed models/nlp)." };
        var errors = new Option<string?>("--errors") { Description = "Write missed/spurious spans (TSV) to this file for error analysis." };
        var command = new Command("ner", "Score the named-entity recogniser against an IOB2 corpus (gold tokens, strict spans).")
        {
            iob2, format, models, errors,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(iob2)!;
            InputFiles.RequireFile(path);
            var gold = Iob2Reader.Read(path);
            if (gold.Count == 0) throw new SitrepException($"{path}: no sentences");
            var errorsPath = parse.GetValue(errors);
            using var errorWriter = errorsPath is null ? null : OutputFiles.CreateText(errorsPath, "--errors");
            var dir = parse.GetValue(models);
            var ner = EntityRecognizer.Load(CommonOptions.NlpModel(dir, NlpModels.NerFile, "sitrep train ner"));
            var tagger = Sitrep.Nlp.Tagging.PosTagger.Load(CommonOptions.NlpModel(dir, NlpModels.TaggerFile, "sitrep train tagger"));
            NerEvaluator.Evaluate(gold.Take(300).ToList(), ner, tagger);
            var s = NerEvaluator.Evaluate(gold, ner, tagger, errors: errorWriter);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    precision = Math.Round(s.Overall.Precision, 2), recall = Math.Round(s.Overall.Recall, 2), f1 = Math.Round(s.Overall.F1, 2),
                    per_type = s.PerType.ToDictionary(kv => kv.Key, kv => new
                    {
                        precision = Math.Round(kv.Value.Precision, 2), recall = Math.Round(kv.Value.Recall, 2), f1 = Math.Round(kv.Value.F1, 2),
                        gold = kv.Value.Gold, predicted = kv.Value.Predicted,
                    }),
                    tokens_per_second = Math.Round(s.TokensPerSecond),
                }));
            }
            else
            {
                Console.WriteLine($"{"",-8} {"P",7} {"R",7} {"F1",7} {"gold",6} {"pred",6}");
                Print("overall", s.Overall);
                foreach (var (type, c) in s.PerType) Print(type, c);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokens/s (one thread) {s.TokensPerSecond:N0}"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(string name, PrfCounts c) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-8} {c.Precision,7:F2} {c.Recall,7:F2} {c.F1,7:F2} {c.Gold,6} {c.Predicted,6}"));
}
