using System.IO.Compression;
using System.Text;
using Sitrep.Core.Pipeline;

namespace Sitrep.Ingest.Readers;

/// <summary>WARC 1.0/1.1 (ISO 28500), plain or gzipped per record (multi-member gzip). Yields the HTML or text
/// of successful <c>response</c> records (HTTP headers parsed: status, charset, content and transfer encodings),
/// of <c>resource</c> records, and of WET <c>conversion</c> records; other records are passed over.
/// A corrupt header is reported and the reader re-synchronises on the next "WARC/1." line; a truncated file
/// ends with one error for the record it cut.</summary>
public static class WarcReader
{
    /// <summary>Blocks above this are skipped with an error rather than loaded.</summary>
    public const long MaxBlockBytes = 64L * 1024 * 1024;

    public static IEnumerable<IngestItem> Read(string path)
    {
        Stream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(path, $"cannot read: {e.Message}")];
        }
        return Read(file, path);
    }

    public static IEnumerable<IngestItem> Read(Stream raw, string name)
    {
        using var owned = raw;
        var buffered = new BufferedStream(raw, 1 << 16);
        Span<byte> magic = stackalloc byte[2];
        var sniffed = buffered.Read(magic);
        var gzipped = sniffed == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        buffered.Seek(0, SeekOrigin.Begin);
        Stream input = gzipped ? new GZipStream(buffered, CompressionMode.Decompress) : buffered;
        var reader = new ByteLineReader(input);
        var record = 0;
        while (true)
        {
            RecordResult result;
            record++;
            try
            {
                result = ReadRecord(reader, name, record);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                // A broken gzip member cannot be decoded past: report and end this file.
                result = new RecordResult(IngestItem.Failed($"{name}#{record}", $"{(gzipped ? "gzip data is corrupt or truncated" : "read failed")} ({e.Message}); rest of file skipped"), End: true);
            }
            if (result.Item is not null)
            {
                yield return result.Item;
            }
            if (result.End)
            {
                yield break;
            }
        }
    }

    private readonly record struct RecordResult(IngestItem? Item, bool End = false);

    private static RecordResult ReadRecord(ByteLineReader reader, string name, int record)
    {
        var origin = $"{name}#{record}";
        if (reader.PendingVersionLine)
        {
            reader.PendingVersionLine = false;
            return ReadRecordAfterVersion(reader, origin);
        }
        // Version line; blank lines between records are allowed.
        ReadOnlySpan<byte> line;
        bool tooLong;
        do
        {
            if (!reader.TryReadLine(out line, out tooLong) && !tooLong)
            {
                return new RecordResult(null, End: true);
            }
        }
        while (!tooLong && line.IsEmpty);
        if (tooLong || !line.StartsWith("WARC/"u8))
        {
            var skipped = Resync(reader);
            return new RecordResult(IngestItem.Failed(origin, $"corrupt WARC header (no 'WARC/1.x' version line at byte {reader.Position}); skipped {skipped} lines to the next record"), End: reader.AtEnd && !skipped.Found);
        }
        return ReadRecordAfterVersion(reader, origin);
    }

    private static RecordResult ReadRecordAfterVersion(ByteLineReader reader, string origin)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            if (!reader.TryReadLine(out var line, out var tooLong))
            {
                return tooLong
                    ? new RecordResult(IngestItem.Failed(origin, "corrupt WARC header (a header line is too long)"))
                    : new RecordResult(IngestItem.Failed(origin, "file ends inside the WARC header (truncated)"), End: true);
            }
            if (line.IsEmpty)
            {
                break;
            }
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                var skipped = Resync(reader);
                return new RecordResult(IngestItem.Failed(origin, $"corrupt WARC header (line without ':'); skipped {skipped} lines to the next record"), End: !skipped.Found && reader.AtEnd);
            }
            headers[Encoding.Latin1.GetString(line[..colon]).Trim()] = Encoding.UTF8.GetString(line[(colon + 1)..]).Trim();
        }
        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, out var length) || length < 0)
        {
            var skipped = Resync(reader);
            return new RecordResult(IngestItem.Failed(origin, $"corrupt WARC header (Content-Length missing or not a number: '{lengthText}'); skipped to the next record"), End: !skipped.Found && reader.AtEnd);
        }
        var type = headers.GetValueOrDefault("WARC-Type") ?? "";
        var contentType = headers.GetValueOrDefault("Content-Type") ?? "";
        var wanted = type switch
        {
            "response" => contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase),
            "resource" or "conversion" => IsTextual(contentType),
            _ => false,
        };
        if (!wanted || length > MaxBlockBytes)
        {
            var skippedBytes = reader.Skip(length);
            if (skippedBytes < length)
            {
                return new RecordResult(IngestItem.Failed(origin, $"truncated: Content-Length {length} but the file ends after {skippedBytes} bytes"), End: true);
            }
            return new RecordResult(length > MaxBlockBytes && wanted
                ? IngestItem.Failed(origin, $"record of {length / (1024 * 1024)} MB is over the {MaxBlockBytes / (1024 * 1024)} MB limit; skipped")
                : null);
        }
        var block = new byte[length];
        var read = reader.Read(block);
        if (read < length)
        {
            return new RecordResult(IngestItem.Failed(origin, $"truncated: Content-Length {length} but the file ends after {read} bytes"), End: true);
        }
        var url = headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>');
        var id = headers.GetValueOrDefault("WARC-Record-ID")?.Trim('<', '>');
        var item = type == "response"
            ? FromHttpResponse(block, origin, url, id)
            : FromPayload(block, contentType, origin, url, id, isHtml: contentType.Contains("html", StringComparison.OrdinalIgnoreCase));
        // WARC-Date is the crawl date, not the publication date: the page's own metadata decides that.
        return new RecordResult(item);
    }

    private static bool IsTextual(string contentType) =>
        contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("application/xhtml", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);

    private static IngestItem? FromHttpResponse(byte[] block, string origin, string? url, string? id)
    {
        var http = HttpMessage.Parse(block);
        if (http.Error is not null)
        {
            return IngestItem.Failed(origin, $"bad HTTP response in record: {http.Error}");
        }
        if (http.Status is < 200 or >= 300)
        {
            return null; // redirects, 404s: not articles
        }
        var contentType = http.Headers.GetValueOrDefault("Content-Type") ?? "";
        if (contentType.Length > 0 && !IsTextual(contentType))
        {
            return null; // images, scripts, JSON
        }
        var body = http.Body;
        try
        {
            body = HttpMessage.Decode(body, http.Headers.GetValueOrDefault("Content-Encoding"), http.Headers.GetValueOrDefault("Transfer-Encoding"));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
        {
            return IngestItem.Failed(origin, $"HTTP body cannot be decoded ({e.Message})");
        }
        var isHtml = contentType.Length == 0 || contentType.Contains("html", StringComparison.OrdinalIgnoreCase);
        return FromPayload(body, contentType, origin, url, id, isHtml);
    }

    private static IngestItem FromPayload(ReadOnlySpan<byte> payload, string contentType, string origin, string? url, string? id, bool isHtml)
    {
        var decoded = TextDecoder.Decode(payload, TextDecoder.CharsetOf(contentType), sniffMeta: isHtml);
        if (decoded.Error is not null)
        {
            return IngestItem.Failed(origin, decoded.Error);
        }
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return IngestItem.Failed(origin, "empty payload");
        }
        var article = new RawArticle
        {
            Content = decoded.Text,
            IsHtml = isHtml,
            Url = url,
            ExternalId = id,
            Origin = origin,
        };
        return IngestItem.Ok(article, decoded.Warning);
    }

    /// <summary>Skips lines until one starts a record; leaves the reader positioned on that record's headers.</summary>
    private static (int Lines, bool Found) ResyncCore(ByteLineReader reader)
    {
        var lines = 0;
        while (true)
        {
            if (!reader.TryReadLine(out var line, out var tooLong))
            {
                if (tooLong)
                {
                    lines++;
                    continue;
                }
                return (lines, false);
            }
            if (line.StartsWith("WARC/1."u8))
            {
                reader.PendingVersionLine = true;
                return (lines, true);
            }
            lines++;
        }
    }

    private readonly record struct SkipCount(int Lines, bool Found)
    {
        public override string ToString() => Lines.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SkipCount Resync(ByteLineReader reader)
    {
        var (lines, found) = ResyncCore(reader);
        return new SkipCount(lines, found);
    }
}
