using System.IO.Compression;
using System.Text;

namespace Sitrep.Ingest.Readers;

/// <summary>An HTTP/1.x response as archived in a WARC block: status, headers, body (still encoded).</summary>
public sealed class HttpMessage
{
    public int Status { get; private init; }
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);
    public byte[] Body { get; private init; } = [];
    public string? Error { get; private init; }

    public static HttpMessage Parse(byte[] block)
    {
        var span = block.AsSpan();
        var headerEnd = span.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (headerEnd < 0)
        {
            headerEnd = span.IndexOf("\n\n"u8);
            separator = 2;
        }
        if (headerEnd < 0)
        {
            return new HttpMessage { Error = "no end of HTTP headers" };
        }
        var head = Encoding.Latin1.GetString(span[..headerEnd]);
        var lines = head.Split('\n');
        var status = lines[0].TrimEnd('\r').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(status[1], out var code))
        {
            return new HttpMessage { Error = $"not an HTTP status line: '{Shorten(lines[0])}'" };
        }
        var message = new HttpMessage { Status = code, Body = span[(headerEnd + separator)..].ToArray() };
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                message.Headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }
        return message;
    }

    /// <summary>Undoes chunked transfer encoding, then gzip / deflate / br content encoding.</summary>
    public static byte[] Decode(byte[] body, string? contentEncoding, string? transferEncoding)
    {
        if (transferEncoding is not null && transferEncoding.Contains("chunked", StringComparison.OrdinalIgnoreCase) && LooksChunked(body))
        {
            body = Dechunk(body);
        }
        var encoding = contentEncoding?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(encoding) || encoding == "identity")
        {
            return body;
        }
        // Crawlers often store the decoded body but keep the header: only decode what really is compressed.
        Stream? decoder = encoding switch
        {
            "gzip" or "x-gzip" when body.Length > 2 && body[0] == 0x1F && body[1] == 0x8B => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" when body.Length > 0 && body[0] != '<' => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" when body.Length > 0 && body[0] != '<' => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            return body;
        }
        using (decoder)
        {
            using var output = new MemoryStream();
            decoder.CopyTo(output);
            return output.ToArray();
        }
    }

    private static bool LooksChunked(byte[] body)
    {
        var i = 0;
        while (i < body.Length && i < 16 && Uri.IsHexDigit((char)body[i]))
        {
            i++;
        }
        return i > 0 && i < body.Length && (body[i] == '\r' || body[i] == ';');
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', at);
            if (lineEnd < 0)
            {
                throw new FormatException("chunked body: chunk size line has no end");
            }
            var sizeText = Encoding.ASCII.GetString(body, at, lineEnd - at).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size < 0)
            {
                throw new FormatException($"chunked body: bad chunk size '{Shorten(sizeText)}'");
            }
            at = lineEnd + 1;
            if (size == 0)
            {
                break;
            }
            if (at + size > body.Length)
            {
                throw new FormatException("chunked body: chunk runs past the end");
            }
            output.Write(body, at, size);
            at += size;
            while (at < body.Length && body[at] is (byte)'\r' or (byte)'\n')
            {
                at++;
            }
        }
        return output.ToArray();
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
