using System.CommandLine;
using System.Text;
using Sitrep.Core;
using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep extract FILE|-</c> and the streaming batch mode <c>sitrep extract --jsonl IN.jsonl</c>.</summary>
public sealed class ExtractCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "Article to read: plain text or HTML; '-' reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var published = new Option<string?>("--published")
        {
            Description = "Publication date YYYY-MM-DD; relative dates (\"on Wednesday\") resolve against it.",
        };
        var format = new Option<string>("--format")
        {
            Description = "json: one indented document; jsonl: one compact record per line.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var jsonl = new Option<string?>("--jsonl")
        {
            Description = "Batch mode: read one object per line ({\"id\", \"text\" | \"html\", \"url\"?, \"published\"?}) and " +
                          "stream one record per line; a bad line is reported with its number and the batch goes on (exit 1).",
        };
        var command = new Command("extract", "Turn one article (or a JSONL batch) into sitrep/1 records on standard output.")
        {
            file, published, format, jsonl,
        };
        command.SetAction(parse =>
        {
            var publishedDate = parse.GetValue(published) is { } p ? InputFiles.ParseDateOption(p, "--published") : (DateOnly?)null;
            var batch = parse.GetValue(jsonl);
            var path = parse.GetValue(file);
            if (batch is not null && path is not null)
            {
                throw new SitrepException("give either FILE or --jsonl IN.jsonl, not both");
            }
            if (batch is not null)
            {
                return RunBatch(batch, publishedDate);
            }
            if (path is null)
            {
                throw new SitrepException("no input: give FILE, '-' for standard input, or --jsonl IN.jsonl (see 'sitrep extract --help')");
            }
            var content = InputFiles.ReadArticle(path);
            var raw = new RawArticle
            {
                Content = content,
                IsHtml = InputFiles.LooksLikeHtml(content, path == "-" ? null : path),
                Published = publishedDate,
                Origin = path == "-" ? "standard input" : path,
            };
            var record = PipelineFactory.CreateDefault().Extract(raw);
            using var stdout = Console.OpenStandardOutput();
            var indented = parse.GetValue(format) == "json";
            SitrepJson.Serialize(stdout, record, indented);
            stdout.WriteByte((byte)'\n');
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Streams: one line in, one record out, so memory stays flat however long the file is.</summary>
    private static int RunBatch(string path, DateOnly? defaultPublished)
    {
        Stream input;
        if (path == "-")
        {
            input = Console.OpenStandardInput();
        }
        else
        {
            InputFiles.RequireFile(path);
            input = File.OpenRead(path);
        }
        var pipeline = PipelineFactory.CreateDefault();
        var failed = 0;
        var lineNumber = 0;
        using var reader = new StreamReader(input, new UTF8Encoding(false, false));
        using var stdout = Console.OpenStandardOutput();
        var name = path == "-" ? "stdin" : path;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            RawArticle raw;
            try
            {
                raw = Sitrep.Ingest.Readers.JsonlReader.Parse(line, defaultPublished) with { Origin = $"{name}:{lineNumber}" };
            }
            catch (SitrepException e)
            {
                Console.Error.WriteLine($"sitrep: {name}:{lineNumber}: {e.Message}");
                failed++;
                continue;
            }
            SitrepRecord record;
            try
            {
                record = pipeline.Extract(raw);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Console.Error.WriteLine($"sitrep: {name}:{lineNumber}: could not process article: {e.Message}");
                failed++;
                continue;
            }
            SitrepJson.Serialize(stdout, record, indented: false);
            stdout.WriteByte((byte)'\n');
        }
        if (failed > 0)
        {
            Console.Error.WriteLine($"sitrep: {failed} of {lineNumber} lines failed (reported above)");
            return ExitCodes.SomeFailed;
        }
        return ExitCodes.Ok;
    }
}
