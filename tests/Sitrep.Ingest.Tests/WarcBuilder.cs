using System.IO.Compression;
using System.Text;

namespace Sitrep.Ingest.Tests;

/// <summary>Writes real WARC/1.1 framing (version line, named fields, CRLF, Content-Length, block, CRLF CRLF),
/// one gzip member per record when compressed — the layout crawlers (wget, Heritrix, warcio) produce.</summary>
public sealed class WarcBuilder(bool gzipPerRecord)
{
    private readonly MemoryStream _out = new();
    private int _count;

    /// <summary>Byte offset where each record (its gzip member) starts.</summary>
    public List<long> Offsets { get; } = [];

    public WarcBuilder Warcinfo() => Record("warcinfo", null, "application/warc-fields", Encoding.UTF8.GetBytes("software: sitrep-tests\r\nformat: WARC File Format 1.1\r\n"));

    public WarcBuilder Request(string url) => Record("request", url, "application/http; msgtype=request",
        Encoding.ASCII.GetBytes($"GET {new Uri(url).PathAndQuery} HTTP/1.1\r\nHost: {new Uri(url).Host}\r\n\r\n"));

    public WarcBuilder Response(string url, byte[] body, string contentType = "text/html; charset=utf-8", int status = 200, string? extraHeaders = null)
    {
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} OK\r\nContent-Type: {contentType}\r\n{extraHeaders}Content-Length: {body.Length}\r\n\r\n");
        return Record("response", url, "application/http; msgtype=response", [.. head, .. body]);
    }

    public WarcBuilder Resource(string url, byte[] body, string contentType) => Record("resource", url, contentType, body);

    public WarcBuilder Record(string type, string? url, string contentType, byte[] block, string? contentLengthOverride = null, string version = "WARC/1.1")
    {
        _count++;
        var header = new StringBuilder();
        header.Append(version).Append("\r\n");
        header.Append("WARC-Type: ").Append(type).Append("\r\n");
        header.Append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").Append(_count.ToString("D12")).Append(">\r\n");
        header.Append("WARC-Date: 2016-11-30T12:00:00Z\r\n");
        if (url is not null)
        {
            header.Append("WARC-Target-URI: ").Append(url).Append("\r\n");
        }
        header.Append("Content-Type: ").Append(contentType).Append("\r\n");
        header.Append("Content-Length: ").Append(contentLengthOverride ?? block.Length.ToString()).Append("\r\n\r\n");
        byte[] record = [.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()];
        Offsets.Add(_out.Length);
        if (gzipPerRecord)
        {
            using var gz = new GZipStream(_out, CompressionLevel.Fastest, leaveOpen: true);
            gz.Write(record);
        }
        else
        {
            _out.Write(record);
        }
        return this;
    }

    /// <summary>Raw bytes between records (a damaged stretch of file).</summary>
    public WarcBuilder Garbage(byte[] bytes)
    {
        if (gzipPerRecord)
        {
            using var gz = new GZipStream(_out, CompressionLevel.Fastest, leaveOpen: true);
            gz.Write(bytes);
        }
        else
        {
            _out.Write(bytes);
        }
        return this;
    }

    public byte[] ToArray() => _out.ToArray();
}
