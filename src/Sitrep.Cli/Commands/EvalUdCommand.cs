using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Nlp;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval ud --conllu F</c>: UPOS, XPOS, lemma, UAS, LAS on gold tokenisation (CoNLL 2018).</summary>
public sealed class EvalUdCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var conllu = new Option<string>("--conllu") { Description = "Gold CoNLL-U file (e.g. en_ewt-ud-test.conllu).", Required = true };
        var format = CommonOptions.TextOrJson();
        var models = new Option<string?>("--models") { Description = "Folder with tagger.bin.gz and parser.bin.gz (default: the committed models/nlp)." };
        var output = new Option<string?>("--output") { Description = "Also write the predicted analyses to this CoNLL-U file (gold tokens; for error analysis)." };
        var command = new Command("ud", "Score the tagger, lemmatizer and parser against a UD treebank (gold tokens).")
        {
            conllu, format, models, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(conllu)!;
            InputFiles.RequireFile(path);
            var gold = ConlluReader.Read(path);
            if (gold.Count == 0) throw new SitrepException($"{path}: no sentences");
            var outPath = parse.GetValue(output);
            using var predictions = outPath is null ? null : OutputFiles.CreateText(outPath, "--output");
            var dir = parse.GetValue(models);
            var tagger = PosTagger.Load(CommonOptions.NlpModel(dir, NlpModels.TaggerFile, "sitrep train tagger"));
            var parser = DependencyParser.Load(CommonOptions.NlpModel(dir, NlpModels.ParserFile, "sitrep train parser"));
            // Warm up the JIT so tokens/s measures steady-state speed, not tier-0 code.
            UdEvaluator.Evaluate(gold.Take(300).ToList(), tagger, parser);
            var s = UdEvaluator.Evaluate(gold, tagger, parser, predictions);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    upos = Math.Round(s.Upos, 2), xpos = Math.Round(s.Xpos, 2), lemma = Math.Round(s.Lemma, 2),
                    uas = Math.Round(s.Uas ?? 0, 2), las = Math.Round(s.Las ?? 0, 2), words = s.Words,
                    tokens_per_second = Math.Round(s.TokensPerSecond),
                }));
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"UPOS  {s.Upos,6:F2}\nXPOS  {s.Xpos,6:F2}\nLemma {s.Lemma,6:F2}\nUAS   {s.Uas,6:F2}\nLAS   {s.Las,6:F2}\nwords {s.Words}\ntokens/s (tag+lemma+parse, one thread) {s.TokensPerSecond:N0}"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
