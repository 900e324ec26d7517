using System.CommandLine;
using Spectre.Console;
using Sitrep.Core.Contract;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep demo</c>: runs the pipeline over the bundled (fictional) sample articles and prints a summary.</summary>
public sealed class DemoCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Only ingest the samples and print the summary; do not serve." };
        var db = new Option<string?>("--db")
        {
            Description = "Store to ingest into (default: a fresh SQLite file sitrep-demo.db in the temp folder).",
        };
        var port = new Option<int>("--port") { Description = "Port for the dashboard.", DefaultValueFactory = _ => 5080 };
        var command = new Command("demo",
            "Ingest the bundled fictional sample articles into a local store (deduplicating across articles) and serve the dashboard.")
        {
            noServe, db, port,
        };
        command.SetAction(parse =>
        {
            var dbPath = parse.GetValue(db) ?? FreshDemoDb();
            var pipeline = PipelineFactory.CreateDefault();
            var console = AnsiConsole.Console;
            using var store = EventStores.OpenQueryable(dbPath);
            var records = new List<SitrepRecord>();
            foreach (var raw in BundledSamples.Load())
            {
                var record = pipeline.Extract(raw);
                Print(console, raw.Origin ?? "sample", record);
                records.Add(record);
            }
            var saved = store.SaveMany(records);
            var counts = store.Counts();
            console.MarkupLine($"[bold]Stored[/] {saved.Articles} new articles ({saved.SkippedArticles} already there) in " +
                               $"{Markup.Escape(dbPath)}: {saved.NewEvents} new events, {saved.MergedEvents} reports merged into events " +
                               $"other articles already told; the store holds {counts.Events} events from {counts.Articles} articles.");
            if (parse.GetValue(noServe))
            {
                return ExitCodes.Ok;
            }
            ServeCommand.Run(store, "127.0.0.1", parse.GetValue(port), Environment.GetEnvironmentVariable("SITREP_API_KEY"));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The demo starts from an empty store each time, in the temp folder (never the user's sitrep.db).</summary>
    private static string FreshDemoDb()
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-demo.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
        return path;
    }

    private static void Print(IAnsiConsole console, string origin, SitrepRecord record)
    {
        var article = record.Article;
        console.Write(new Rule($"[bold]{Markup.Escape(article.Title ?? "(no title)")}[/]").LeftJustified());
        console.MarkupLine($"[grey]{Markup.Escape(origin)} · {article.Published?.ToString("yyyy-MM-dd") ?? "no date"} · " +
                           $"{Markup.Escape(article.Dateline ?? "no dateline")} · {Markup.Escape(article.Source ?? "no source")} · " +
                           $"{record.Entities.Count} entities, {record.Places.Count} places, {record.Events.Count} events[/]");
        if (record.Events.Count == 0)
        {
            console.WriteLine();
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("date", "CAMEO", "ACLED type", "actor 1", "actor 2", "where", "killed", "evidence");
        foreach (var e in record.Events)
        {
            var sentence = article.Body.AsSpan(e.Sentence.Start, Math.Max(0, e.Sentence.End - e.Sentence.Start)).ToString();
            table.AddRow(
                Markup.Escape(e.Date?.ToString("yyyy-MM-dd") ?? "?"),
                Markup.Escape(e.Cameo),
                Markup.Escape(e.AcledSubEventType ?? e.AcledEventType ?? ""),
                Markup.Escape(e.Actor1 is { } a1 ? $"{a1.Text} ({a1.Code})" : ""),
                Markup.Escape(e.Actor2 is { } a2 ? $"{a2.Text} ({a2.Code})" : ""),
                Markup.Escape(e.Location is { } l ? $"{l.Name}, {l.Country}" : ""),
                Markup.Escape(Format(e.Fatalities)),
                Markup.Escape(sentence.Length > 80 ? sentence[..77] + "..." : sentence));
        }
        console.Write(table);
        console.WriteLine();
    }

    private static string Format(QuantityRecord? q) => q is null ? "" :
        q.Low == q.High || q.High is null ? $"{q.Best ?? q.Low}{(q.High is null && q.Low is not null ? "+" : "")}" : $"{q.Low}-{q.High}";
}
