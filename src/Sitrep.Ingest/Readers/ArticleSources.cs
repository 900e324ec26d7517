using System.IO.Compression;
using Sitrep.Core.Pipeline;

namespace Sitrep.Ingest.Readers;

/// <summary>Options for finding articles under the paths a user gives.</summary>
public sealed record SourceOptions
{
    /// <summary>File patterns taken when walking folders; files named explicitly are always read.</summary>
    public IReadOnlyList<string> Include { get; init; } = DefaultInclude;
    public IReadOnlyList<string> Exclude { get; init; } = [];
    /// <summary>Full paths never read as input when walking folders: the run's own output files.</summary>
    public IReadOnlySet<string> OwnOutputs { get; init; } = new HashSet<string>();
    public DateOnly? DefaultPublished { get; init; }
    /// <summary>Files above this are refused rather than loaded.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    public static readonly IReadOnlyList<string> DefaultInclude =
    [
        "*.html", "*.htm", "*.xhtml", "*.shtml", "*.txt", "*.text", "*.xml", "*.rss", "*.atom",
        "*.warc", "*.warc.gz", "*.jsonl", "*.ndjson", "*.jsonl.gz", "*.html.gz", "*.txt.gz",
    ];
}

/// <summary>Everything found under the given paths, as a stream of articles and per-record errors: files by kind
/// (plain text, HTML, RSS/Atom, WARC, JSONL, any of them gzipped), folders recursively, "-" for standard input.
/// Errors name the file and record; nothing here throws for bad input.</summary>
public static class ArticleSources
{
    public static IEnumerable<IngestItem> Read(IEnumerable<string> paths, SourceOptions? options = null)
    {
        options ??= new SourceOptions();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var item in ReadStdin(options))
                {
                    yield return item;
                }
                continue;
            }
            if (Directory.Exists(path))
            {
                foreach (var file in Walk(path, options))
                {
                    foreach (var item in ReadFile(file, options))
                    {
                        yield return item;
                    }
                }
                continue;
            }
            if (!File.Exists(path))
            {
                yield return IngestItem.Failed(path, "no such file or folder");
                continue;
            }
            foreach (var item in ReadFile(path, options))
            {
                yield return item;
            }
        }
    }

    /// <summary>Files under <paramref name="root"/> matching the include patterns and none of the excludes, in a stable order.</summary>
    public static IEnumerable<string> Walk(string root, SourceOptions options)
    {
        var include = options.Include.Select(p => new Glob(p)).ToList();
        var exclude = options.Exclude.Select(p => new Glob(p)).ToList();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] files, dirs;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(dirs, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var relative = Path.GetRelativePath(root, file);
                if (include.Any(g => g.IsMatch(relative)) && !exclude.Any(g => g.IsMatch(relative)) && !options.OwnOutputs.Contains(Path.GetFullPath(file)))
                {
                    yield return file;
                }
            }
            for (var i = dirs.Length - 1; i >= 0; i--)
            {
                if (!Path.GetFileName(dirs[i]).StartsWith('.'))
                {
                    pending.Push(dirs[i]);
                }
            }
        }
    }

    public static IEnumerable<IngestItem> ReadFile(string path, SourceOptions options)
    {
        var lower = path.ToLowerInvariant();
        if (lower.EndsWith(".warc") || lower.EndsWith(".warc.gz") || lower.EndsWith(".arc.gz"))
        {
            return WarcReader.Read(path);
        }
        Stream stream;
        long length;
        try
        {
            stream = File.OpenRead(path);
            length = stream.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(path, $"cannot read: {e.Message}")];
        }
        if (length > options.MaxFileBytes)
        {
            stream.Dispose();
            return [IngestItem.Failed(path, $"file is {length / (1024 * 1024)} MB, over the {options.MaxFileBytes / (1024 * 1024)} MB limit; skipped")];
        }
        var inner = lower.EndsWith(".gz") ? lower[..^3] : lower;
        if (inner.EndsWith(".jsonl") || inner.EndsWith(".ndjson"))
        {
            return JsonlReader.Read(lower.EndsWith(".gz") ? new GZipStream(stream, CompressionMode.Decompress) : stream, path, options.DefaultPublished);
        }
        return ReadDocument(stream, path, Path.GetDirectoryName(Path.GetFullPath(path)), options, gzipped: lower.EndsWith(".gz"));
    }

    private static IEnumerable<IngestItem> ReadStdin(SourceOptions options)
    {
        var buffer = new MemoryStream();
        using (var stdin = Console.OpenStandardInput())
        {
            stdin.CopyTo(buffer);
        }
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var head = bytes[..Math.Min(bytes.Length, 8)];
        buffer.Position = 0;
        if (head.StartsWith("WARC/"u8) || head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return WarcReader.Read(buffer, "stdin");
        }
        var trimmed = bytes.TrimStart(" \t\r\n"u8);
        if (trimmed.Length > 0 && trimmed[0] == '{')
        {
            return JsonlReader.Read(buffer, "stdin", options.DefaultPublished);
        }
        return ReadDocument(buffer, "stdin", Directory.GetCurrentDirectory(), options, gzipped: false);
    }

    /// <summary>A single-document file: plain text, an HTML page, or a feed (which may hold many items).</summary>
    private static IEnumerable<IngestItem> ReadDocument(Stream stream, string name, string? directory, SourceOptions options, bool gzipped)
    {
        byte[] bytes;
        try
        {
            using (stream)
            {
                using var source = gzipped ? new GZipStream(stream, CompressionMode.Decompress) : stream;
                using var memory = new MemoryStream();
                source.CopyTo(memory);
                bytes = memory.ToArray();
            }
            if (gzipped && GzipLooksTruncated(name, bytes.LongLength))
            {
                return [IngestItem.Failed(name, "gzip data is truncated (the trailer does not match the decompressed size)")];
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(name, gzipped ? $"gzip data is corrupt or truncated ({e.Message})" : $"cannot read: {e.Message}")];
        }
        var decoded = TextDecoder.Decode(bytes, null, sniffMeta: true);
        if (decoded.Error is not null)
        {
            return [IngestItem.Failed(name, decoded.Error)];
        }
        var text = decoded.Text!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return [IngestItem.Failed(name, "is empty")];
        }
        var head = text.AsSpan(0, Math.Min(text.Length, 2048));
        if (FeedReader.LooksLikeFeed(head))
        {
            return FeedReader.Read(text, name, directory);
        }
        var article = new RawArticle
        {
            Content = text,
            IsHtml = LooksLikeHtml(text, name),
            Published = options.DefaultPublished,
            Origin = name,
        };
        return [IngestItem.Ok(article, decoded.Warning)];
    }

    /// <summary>.NET's GZipStream ends quietly at a cut. The gzip trailer's ISIZE (last member's size mod 2^32)
    /// can never exceed the total decompressed size; after a cut those 4 bytes are compressed data and almost always do.</summary>
    private static bool GzipLooksTruncated(string path, long decompressed)
    {
        try
        {
            using var file = File.OpenRead(path);
            if (file.Length < 18)
            {
                return true;
            }
            Span<byte> trailer = stackalloc byte[4];
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(trailer);
            var isize = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
            return decompressed < uint.MaxValue && isize > decompressed;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>By name (.html/.htm) or by content (a doctype, an html tag, or markup with paragraphs).</summary>
    public static bool LooksLikeHtml(string content, string? path)
    {
        if (path is not null && (path.Contains(".htm", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        var head = content.AsSpan(0, Math.Min(content.Length, 4096)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && (head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase)));
    }
}
