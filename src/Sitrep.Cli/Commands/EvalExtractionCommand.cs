using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Ingest;
using Sitrep.Ingest.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval extraction --dir D [--compare smartreader]</c>: main-text extraction scored on the
/// article-extraction-benchmark layout (word 4-gram shingles, macro P/R, F1 of the means), with pages/s.</summary>
public sealed class EvalExtractionCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var dir = new Option<string>("--dir")
        {
            Description = "Benchmark folder holding html/*.html.gz and ground-truth.json (e.g. shared/data/extraction).",
            Required = true,
        };
        var compare = new Option<string?>("--compare") { Description = "Also run a baseline extractor on the same pages: smartreader." };
        compare.AcceptOnlyFromAmong("smartreader");
        var format = CommonOptions.TextOrJson("text: a table; json: {precision, recall, f1, accuracy, pages_per_second, baseline?}.");
        var passes = new Option<int>("--passes")
        {
            Description = "Timed passes over the corpus after two untimed warm-up passes; the median is reported.",
            DefaultValueFactory = _ => 3,
        };
        var details = new Option<string?>("--details") { Description = "Write per-page scores and our predictions to this JSON file (for error analysis)." };
        var command = new Command("extraction", "Score HTML main-text extraction against the article-extraction benchmark.")
        {
            dir, compare, format, passes, details,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                throw new SitrepException($"{folder}: no such folder");
            }
            var passCount = parse.GetValue(passes);
            if (passCount is < 1 or > 100)
            {
                throw new SitrepException($"--passes {passCount}: expected 1 to 100");
            }
            var bench = ExtractionBenchmark.Load(folder);
            var extractor = new HtmlArticleExtractor();
            var loadBefore = MachineLoad.Averages();
            var ours = bench.Evaluate(page => extractor.Extract(page.Html, page.Id).Body, passCount);
            ExtractionBenchmark.Run? baseline = null;
            if (parse.GetValue(compare) == "smartreader")
            {
                baseline = bench.Evaluate(page =>
                {
                    var uri = string.IsNullOrEmpty(page.Url) ? "https://localhost/" : page.Url;
                    return new SmartReader.Reader(uri, page.Html).GetArticle().TextContent ?? "";
                }, passCount);
            }
            if (parse.GetValue(details) is { } detailsPath)
            {
                WriteDetails(detailsPath, ours);
            }
            var load = $"{loadBefore} before, {MachineLoad.Averages()} after";
            if (parse.GetValue(format) == "json")
            {
                var result = Figures(ours);
                result["measured"] = Measured(passCount);
                result["load_average"] = load;
                if (baseline is not null)
                {
                    result["baseline"] = Figures(baseline);
                    ((Dictionary<string, object>)result["baseline"])["name"] = "smartreader 0.11.1";
                }
                Console.WriteLine(JsonSerializer.Serialize(result));
                return ExitCodes.Ok;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bench.Pages.Count} pages from {folder}"));
            Console.WriteLine($"speed: {Measured(passCount)}; load average (1/5/15 min) {load}");
            Console.WriteLine($"{"",-20} {"F1",7} {"P",7} {"R",7} {"acc",7} {"pages/s",9} {"pages/cpu-s",11} {"cpu-ms/page",11}");
            Print("sitrep", ours);
            if (baseline is not null)
            {
                Print("smartreader 0.11.1", baseline);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Dictionary<string, object> Figures(ExtractionBenchmark.Run run) => new()
    {
        ["precision"] = Math.Round(run.Score.Precision, 4),
        ["recall"] = Math.Round(run.Score.Recall, 4),
        ["f1"] = Math.Round(run.Score.F1, 4),
        ["accuracy"] = Math.Round(run.Score.Accuracy, 4),
        ["pages_per_second"] = Math.Round(run.PagesPerSecond, 1),
        ["pages_per_cpu_second"] = Math.Round(run.PagesPerCpuSecond, 1),
        ["cpu_ms_per_page"] = Math.Round(1000 / run.PagesPerCpuSecond, 3),
        ["pages"] = run.Score.Pages,
    };

    private static void Print(string name, ExtractionBenchmark.Run run) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-20} {run.Score.F1,7:F4} {run.Score.Precision,7:F4} {run.Score.Recall,7:F4} {run.Score.Accuracy,7:F4} {run.PagesPerSecond,9:F1} {run.PagesPerCpuSecond,11:F1} {1000 / run.PagesPerCpuSecond,11:F2}"));

    private static string Measured(int passes) =>
        $"extraction of in-memory HTML (gunzip and file IO excluded), one thread, median of {passes} timed passes after {ExtractionBenchmark.WarmupPasses} warm-up passes; " +
        "pages/s is wall time, pages/cpu-s is process CPU time (the per-core figure on a shared machine)";

    private static void WriteDetails(string path, ExtractionBenchmark.Run run)
    {
        var pages = run.Pages.Select(p => new
        {
            id = p.Page.Id,
            url = p.Page.Url,
            precision = Math.Round(p.Score.Precision, 4),
            recall = Math.Round(p.Score.Recall, 4),
            predicted = p.Predicted,
            truth = p.Page.Truth,
        });
        try
        {
            File.WriteAllText(path, JsonSerializer.Serialize(pages, new JsonSerializerOptions { WriteIndented = true }));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SitrepException($"{path}: cannot write: {e.Message}");
        }
    }
}
