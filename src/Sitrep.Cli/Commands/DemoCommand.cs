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
        EventStores.DeleteSqliteFiles(path);
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
        if (console.Profile.Width < WideEnoughForTable)
        {
            PrintList(console, record);
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("date", "CAMEO", "ACLED type", "actor 1", "actor 2", "where", "killed", "evidence");
        foreach (var e in record.Events)
        {
            table.AddRow(
                Markup.Escape(e.Date?.ToString("yyyy-MM-dd") ?? "?"),
                Markup.Escape(e.Cameo),
                Markup.Escape(e.AcledSubEventType ?? e.AcledEventType ?? ""),
                Markup.Escape(Actor(e.Actor1)),
                Markup.Escape(Actor(e.Actor2)),
                Markup.Escape(Place(e.Location)),
                Markup.Escape(Format(e.Fatalities)),
                Markup.Escape(Clip(SentenceOf(article, e), 80)));
        }
        console.Write(table);
        console.WriteLine();
    }

    /// <summary>Below this many columns (an 80-column terminal, a pipe) the eight-column table wraps every cell
    /// into a tall ribbon; one short block per event reads better there.</summary>
    private const int WideEnoughForTable = 140;

    private static void PrintList(IAnsiConsole console, SitrepRecord record)
    {
        var width = Math.Max(40, console.Profile.Width - 4);
        foreach (var e in record.Events)
        {
            var killed = Format(e.Fatalities);
            console.MarkupLine($"[bold]{Markup.Escape(e.Date?.ToString("yyyy-MM-dd") ?? "date ?")}[/] " +
                               $"CAMEO {Markup.Escape(e.Cameo)} · {Markup.Escape(e.AcledSubEventType ?? e.AcledEventType ?? "no ACLED type")}" +
                               (e.Location is null ? "" : $" · {Markup.Escape(Place(e.Location))}") +
                               (killed.Length == 0 ? "" : $" · killed {Markup.Escape(killed)}"));
            var actors = e.Actor1 is null && e.Actor2 is null ? "" : Actor(e.Actor1) + (e.Actor2 is null ? "" : " → " + Actor(e.Actor2));
            if (actors.Length > 0)
            {
                console.MarkupLine($"  {Markup.Escape(Clip(actors, width))}");
            }
            console.MarkupLine($"  [grey]{Markup.Escape(Clip(SentenceOf(record.Article, e), width))}[/]");
        }
        console.WriteLine();
    }

    private static string SentenceOf(ArticleRecord article, EventRecord e) =>
        article.Body.AsSpan(e.Sentence.Start, Math.Max(0, e.Sentence.End - e.Sentence.Start)).ToString();

    // an uncoded actor shows its words alone; a missing source says so
    private static string Actor(ActorRecord? actor) =>
        actor is null ? "(no source)" : string.IsNullOrEmpty(actor.Code) ? actor.Text : $"{actor.Text} ({actor.Code})";

    private static string Place(LocationRecord? place) => place is null ? "" : $"{place.Name}, {place.Country}";

    private static string Clip(string text, int max) => text.Length > max ? text[..(max - 3)] + "..." : text;

    private static string Format(QuantityRecord? q) => q is null ? "" :
        q.Low == q.High || q.High is null ? $"{q.Best ?? q.Low}{(q.High is null && q.Low is not null ? "+" : "")}" : $"{q.Low}-{q.High}";
}
