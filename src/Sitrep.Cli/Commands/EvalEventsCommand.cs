using System.CommandLine;
using Sitrep.Core;
using Sitrep.Core.Pipeline;
using Sitrep.Events.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval events --gold FILE [--format json] [--verbose]</c>: the news coder's events against a
/// hand-annotated gold file (samples/gold-events.jsonl): precision, recall, F1 and per-field accuracy.</summary>
public sealed class EvalEventsCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold events, one JSON object a line (samples/gold-events.jsonl).", Required = true };
        var format = CommonOptions.TextOrJson();
        var verbose = new Option<bool>("--verbose") { Description = "Print every emitted event (match, optional, duplicate, spurious) and every missed one." };
        var command = new Command("events", "Run the pipeline on the gold file's articles and score the events: precision, recall, F1, field accuracy.")
        {
            gold, format, verbose,
        };
        command.SetAction(parse =>
        {
            var goldPath = Path.GetFullPath(parse.GetValue(gold)!);
            var events = GoldEvent.Read(goldPath);
            var pipeline = PipelineFactory.CreateDefault();
            var scorer = new EventScorer();
            var articles = 0;
            var skipped = new List<string>();
            foreach (var group in events.GroupBy(e => e.Article, StringComparer.Ordinal))
            {
                var path = Locate(Path.GetDirectoryName(goldPath)!, group.Key);
                if (path is null) { skipped.Add(group.Key); continue; }
                var record = pipeline.Extract(new RawArticle
                {
                    Content = File.ReadAllText(path),
                    Published = group.First().Published,
                    Origin = group.Key,
                });
                scorer.Score(Path.GetFileName(group.Key), record.Article.Body, record.Events, group.ToList());
                articles++;
            }
            if (articles == 0) throw new SitrepException($"none of the gold file's articles was found beside {goldPath}");
            foreach (var s in skipped) Console.Error.WriteLine($"skipped (not found): {s}");
            if (parse.GetValue(verbose)) foreach (var line in scorer.Log) Console.Error.WriteLine(line);
            var figures = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["articles"] = articles,
                ["gold_required"] = scorer.Required,
                ["emitted"] = scorer.Emitted,
                ["matched_required"] = scorer.RequiredFound,
                ["matched_optional"] = scorer.OptionalMatched,
                ["duplicates"] = scorer.Duplicates,
                ["spurious"] = scorer.Spurious,
                ["precision"] = Math.Round(scorer.Precision, 4),
                ["recall"] = Math.Round(scorer.Recall, 4),
                ["f1"] = Math.Round(scorer.F1, 4),
            };
            foreach (var (field, accuracy, scored) in scorer.Fields())
            {
                figures[$"{field}_acc"] = Math.Round(accuracy, 4);
                figures[$"{field}_scored"] = scored;
            }
            CommonOptions.PrintFigures(figures, parse.GetValue(format)!, 20);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>An article path relative to the gold file's folder, or (for "shared/…") under the shared corpora
    /// folder (<see cref="SharedCorpora"/>): the corpora are read in place, never copied into the repository.</summary>
    private static string? Locate(string goldDir, string article)
    {
        var direct = Path.Combine(goldDir, article);
        if (File.Exists(direct)) return direct;
        const string shared = "shared/";
        return article.StartsWith(shared, StringComparison.Ordinal) ? SharedCorpora.Find(article[shared.Length..]) : null;
    }
}
