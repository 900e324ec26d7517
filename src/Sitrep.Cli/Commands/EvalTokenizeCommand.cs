using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Text.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval tokenize --conllu FILE</c>: token and sentence boundary P/R/F1 against UD gold
/// (CoNLL 2018 shared-task definition) and the tokenizer's speed.</summary>
public sealed class EvalTokenizeCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var conllu = new Option<string>("--conllu")
        {
            Description = "Gold CoNLL-U file (e.g. en_ewt-ud-test.conllu); its '# text' lines are the input.",
            Required = true,
        };
        var format = CommonOptions.TextOrJson("text: a short table; json: {tokens, sentences, tokens_per_second, tokens_per_cpu_second}.");
        var limit = new Option<int?>("--sentences") { Description = "Score only the first N sentences." };
        var errors = new Option<int>("--show-errors")
        {
            Description = "Also print up to N token errors to stderr: gold tokens missed, then system tokens not in gold.",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("tokenize", "Score tokenization and sentence splitting against a UD treebank.")
        {
            conllu, format, limit, errors,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(conllu)!;
            InputFiles.RequireFile(path);
            var max = parse.GetValue(limit) ?? int.MaxValue;
            if (max <= 0) throw new SitrepException("--sentences must be positive");
            var gold = ConlluText.Load(path, max);
            if (gold.GoldTokens.Count == 0) throw new SitrepException($"{path}: no sentences with tokens");
            var score = TokenizationEvaluator.Evaluate(gold);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    tokens = Figures(score.Tokens),
                    sentences = Figures(score.Sentences),
                    tokens_per_second = Math.Round(score.TokensPerSecond),
                    tokens_per_cpu_second = Math.Round(score.TokensPerCpuSecond),
                }));
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{"",-10} {"P",7} {"R",7} {"F1",7}   (gold / system)"));
                Print("tokens", score.Tokens);
                Print("sentences", score.Sentences);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"tokens/s   {score.TokensPerSecond:N0} (fastest round, wall clock); {score.TokensPerCpuSecond:N0} per CPU second"));
            }
            foreach (var line in TokenizationEvaluator.TokenErrors(gold).Take(parse.GetValue(errors)))
            {
                Console.Error.WriteLine(line);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static object Figures(PrecisionRecall pr) => new
    {
        precision = Math.Round(pr.Precision * 100, 2),
        recall = Math.Round(pr.Recall * 100, 2),
        f1 = Math.Round(pr.F1 * 100, 2),
    };

    private static void Print(string name, PrecisionRecall pr) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-10} {pr.Precision * 100,7:F2} {pr.Recall * 100,7:F2} {pr.F1 * 100,7:F2}   ({pr.Gold} / {pr.System})"));
}
