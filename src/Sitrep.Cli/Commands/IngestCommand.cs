using System.CommandLine;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Storage;
using Sitrep.Ingest.Batch;
using Sitrep.Ingest.Readers;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest PATH… [--db FILE] [--out FILE.jsonl]</c>: the whole pipeline over every article
/// found (text, HTML, RSS/Atom, WARC, JSONL, folders, stdin), resumable, with a live progress display.</summary>
public sealed class IngestCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders to ingest ('-' reads standard input): .txt, .html, RSS/Atom .xml, .warc[.gz], .jsonl; folders are walked recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = new Option<string?>("--db")
        {
            Description = $"Event store: a SQLite file or a PostgreSQL URL (default {Sitrep.Store.EventStores.DefaultPath} when --out is not given).",
        };
        var output = new Option<string?>("--out") { Description = "Also (or only) append sitrep/1 records to this JSONL file; ids already in it are skipped." };
        var include = new Option<string[]>("--include")
        {
            Description = "File patterns to take when walking folders (default: common text, HTML, feed, WARC and JSONL names), e.g. '*.html' or 'news/**/*.warc.gz'.",
            AllowMultipleArgumentsPerToken = true,
        };
        var exclude = new Option<string[]>("--exclude") { Description = "File patterns to leave out when walking folders.", AllowMultipleArgumentsPerToken = true };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD for articles that carry none (plain text files)." };
        var command = new Command("ingest", "Run the whole pipeline over files, folders, feeds, WARC archives or JSONL; resumable, bad records are reported and skipped (exit 1).")
        {
            paths, db, output, include, exclude, published,
        };
        command.SetAction((parse, cancel) =>
        {
            var options = new SourceOptions
            {
                Include = parse.GetValue(include) is { Length: > 0 } inc ? inc : SourceOptions.DefaultInclude,
                Exclude = parse.GetValue(exclude) ?? [],
                DefaultPublished = parse.GetValue(published) is { } p ? InputFiles.ParseDateOption(p, "--published") : null,
                OwnOutputs = new[] { parse.GetValue(output), parse.GetValue(db) ?? Sitrep.Store.EventStores.DefaultPath }
                    .Where(f => f is not null && !Sitrep.Store.EventStores.IsPostgres(f))
                    .Select(f => Path.GetFullPath(f!))
                    .ToHashSet(),
            };
            var inputs = parse.GetValue(paths)!;
            foreach (var path in inputs)
            {
                if (path != "-" && !File.Exists(path) && !Directory.Exists(path))
                {
                    throw new SitrepException($"{path}: no such file or folder");
                }
            }
            var stores = OpenStores(parse.GetValue(db), parse.GetValue(output));
            try
            {
                return Task.FromResult(Run(inputs, options, stores, cancel));
            }
            finally
            {
                foreach (var store in stores)
                {
                    store.Dispose();
                }
            }
        });
        return command;
    }

    private static List<IEventStore> OpenStores(string? db, string? output)
    {
        var stores = new List<IEventStore>();
        if (output is not null)
        {
            stores.Add(new JsonlEventStore(output));
        }
        if (db is not null || output is null)
        {
            var target = db ?? Sitrep.Store.EventStores.DefaultPath;
            try
            {
                stores.Add(Sitrep.Store.EventStores.Open(target));
            }
            catch (NotSupportedException e)
            {
                foreach (var s in stores)
                {
                    s.Dispose();
                }
                throw new SitrepException($"--db {target}: the event store cannot be opened ({e.Message}); write JSONL with --out FILE.jsonl instead");
            }
        }
        return stores;
    }

    private static int Run(string[] inputs, SourceOptions options, List<IEventStore> stores, CancellationToken cancel)
    {
        var pipeline = PipelineFactory.CreateDefault();
        var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        var items = ArticleSources.Read(inputs, options);
        IngestProgress summary;
        if (interactive)
        {
            var runner = new IngestRunner(pipeline, stores)
            {
                Report = line => AnsiConsole.MarkupLineInterpolated($"[red]sitrep:[/] {line}"),
            };
            summary = AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start("starting…", context =>
            {
                var lastDraw = TimeSpan.Zero;
                return runner.Run(items, progress =>
                {
                    if (progress.Elapsed - lastDraw < TimeSpan.FromMilliseconds(100))
                    {
                        return;
                    }
                    lastDraw = progress.Elapsed;
                    context.Status(Markup.Escape(Line(progress)) + (progress.Current is null ? "" : $" [grey]{Markup.Escape(Shorten(progress.Current))}[/]"));
                }, cancel);
            });
        }
        else
        {
            var runner = new IngestRunner(pipeline, stores) { Report = line => Console.Error.WriteLine($"sitrep: {line}") };
            var lastLine = TimeSpan.Zero;
            summary = runner.Run(items, progress =>
            {
                if (progress.Elapsed - lastLine >= TimeSpan.FromSeconds(5))
                {
                    lastLine = progress.Elapsed;
                    Console.Error.WriteLine($"ingest: {Line(progress)}");
                }
            }, cancel);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest: {summary.Processed} processed, {summary.Skipped} skipped (already stored), {summary.Failed} failed, {summary.Warnings} warnings; {summary.Events} events; {summary.Elapsed.TotalSeconds:F1} s"));
        if (summary.Failed > 0)
        {
            Console.Error.WriteLine($"sitrep: {summary.Failed} records failed (reported above); the rest were stored");
            return ExitCodes.SomeFailed;
        }
        return ExitCodes.Ok;
    }

    private static string Line(IngestProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"{p.Processed} articles ({p.ArticlesPerSecond:F1}/s), {p.Events} events, {p.Skipped} skipped, {p.Failed} errors");

    private static string Shorten(string s) => s.Length > 60 ? "…" + s[^59..] : s;
}
