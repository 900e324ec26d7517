using System.Text;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest.Extraction;

namespace Sitrep.Ingest.Readers;

/// <summary>JSON Lines: one object per line, <c>{"id", "text" | "html", "url"?, "published"?, "title"?}</c>
/// (the same shape as <c>sitrep extract --jsonl</c>). A bad line is one error naming "file:line".</summary>
public static class JsonlReader
{
    public static IEnumerable<IngestItem> Read(Stream stream, string name, DateOnly? defaultPublished = null)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var lineNumber = 0;
        while (true)
        {
            string? line;
            string? readError = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                line = null;
                readError = e.Message;
            }
            if (readError is not null)
            {
                yield return IngestItem.Failed($"{name}:{lineNumber + 1}", $"read failed ({readError}); rest of file skipped");
                yield break;
            }
            if (line is null)
            {
                yield break;
            }
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var origin = $"{name}:{lineNumber}";
            IngestItem item;
            try
            {
                item = IngestItem.Ok(Parse(line, defaultPublished) with { Origin = origin });
            }
            catch (SitrepException e)
            {
                item = IngestItem.Failed(origin, e.Message);
            }
            yield return item;
        }
    }

    public static RawArticle Parse(string line, DateOnly? defaultPublished)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new SitrepException($"invalid JSON ({e.Message.Split('.')[0]})");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SitrepException("expected a JSON object with \"text\" or \"html\"");
            }
            string? Get(string key) => root.TryGetProperty(key, out var v)
                ? v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.Number => v.GetRawText(),
                    JsonValueKind.Null => null,
                    _ => throw new SitrepException($"\"{key}\" must be a string"),
                }
                : null;
            var text = Get("text");
            var html = Get("html");
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
            {
                throw new SitrepException("no \"text\" or \"html\" (or it is empty)");
            }
            var publishedText = Get("published");
            var published = defaultPublished;
            if (publishedText is not null)
            {
                published = PageMetadata.ParseDate(publishedText)
                    ?? throw new SitrepException($"\"published\": '{publishedText}' is not a date (YYYY-MM-DD)");
            }
            return new RawArticle
            {
                Content = string.IsNullOrWhiteSpace(text) ? html! : text,
                IsHtml = string.IsNullOrWhiteSpace(text),
                ExternalId = Get("id"),
                Url = Get("url"),
                Title = Get("title"),
                Source = Get("source"),
                Language = Get("language"),
                Published = published,
            };
        }
    }
}
