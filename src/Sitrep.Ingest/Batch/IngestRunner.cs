using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Storage;
using Sitrep.Ingest.Readers;

namespace Sitrep.Ingest.Batch;

/// <summary>Counts so far; handed to the progress display after every article.</summary>
public sealed record IngestProgress(int Processed, int Skipped, int Failed, int Warnings, int Events, TimeSpan Elapsed, string? Current)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Processed / Elapsed.TotalSeconds : 0;
}

/// <summary>Runs the pipeline over a stream of ingested items. Resumable: extraction and cleaning come first,
/// and an article whose id (content hash of the cleaned body) every store already holds is skipped before the
/// costly stages. One bad record is reported and counted; it never stops the batch.</summary>
public sealed class IngestRunner(SitrepPipeline pipeline, IReadOnlyList<IEventStore> stores)
{
    /// <summary>Called with "origin: message" for each failed record, and "origin: warning: …" for repaired ones.</summary>
    public Action<string> Report { get; init; } = _ => { };

    public IngestProgress Run(IEnumerable<IngestItem> items, Action<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        int processed = 0, skipped = 0, failed = 0, warnings = 0, events = 0;
        var clock = Stopwatch.StartNew();
        IngestProgress Snapshot(string? current) => new(processed, skipped, failed, warnings, events, clock.Elapsed, current);
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            IngestItem item;
            try
            {
                if (!enumerator.MoveNext())
                {
                    break;
                }
                item = enumerator.Current;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // A reader failing outside a record (the disk, not the data): report and stop reading that stream.
                failed++;
                Report($"input: read failed: {e.Message}");
                break;
            }
            if (item.Warning is not null)
            {
                warnings++;
                Report($"{item.Origin}: warning: {item.Warning}");
            }
            if (item.Article is null)
            {
                failed++;
                Report($"{item.Origin}: {item.Error}");
                progress?.Invoke(Snapshot(item.Origin));
                continue;
            }
            switch (Process(item.Article, out var found, out var error))
            {
                case Outcome.Processed:
                    processed++;
                    events += found;
                    break;
                case Outcome.Skipped:
                    skipped++;
                    break;
                default:
                    failed++;
                    Report($"{item.Origin}: {error}");
                    break;
            }
            progress?.Invoke(Snapshot(item.Origin));
        }
        return Snapshot(null);
    }

    private enum Outcome { Processed, Skipped, Failed }

    private Outcome Process(RawArticle raw, out int events, out string? error)
    {
        events = 0;
        error = null;
        Document document;
        SitrepRecord record;
        string id;
        try
        {
            var text = raw.IsHtml && pipeline.HtmlExtractor is { } extractor ? extractor.ToText(raw) : raw;
            if (string.IsNullOrWhiteSpace(text.Content))
            {
                error = raw.IsHtml ? "no article text found in the page" : "empty article";
                return Outcome.Failed;
            }
            document = pipeline.Cleaner.Clean(text);
            if (string.IsNullOrWhiteSpace(document.Body))
            {
                error = "no article text left after cleaning";
                return Outcome.Failed;
            }
            id = document.ArticleId;
            if (stores.Count > 0 && stores.All(s => s.HasArticle(id)))
            {
                return Outcome.Skipped;
            }
            foreach (var stage in pipeline.Stages)
            {
                stage.Process(document);
            }
            record = document.ToRecord();
        }
        catch (SitrepException e)
        {
            error = e.Message;
            return Outcome.Failed;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            error = $"could not process article: {e.GetType().Name}: {e.Message}";
            return Outcome.Failed;
        }
        // Outside the catch: a store that cannot write (disk full, lost connection) fails every later article
        // too, so it ends the run instead of being counted per record.
        foreach (var store in stores)
        {
            if (!store.HasArticle(id))
            {
                store.Save(record);
            }
        }
        events = record.Events.Count;
        return Outcome.Processed;
    }
}
