using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Contract;
using Sitrep.Core.Storage;

namespace Sitrep.Ingest.Batch;

/// <summary>An append-only JSONL file of sitrep/1 records (one per line). Opening reads the article ids already
/// in the file, so an interrupted ingest resumes where it stopped. A torn last line (a crash mid-write) is
/// ignored on reading and cut before appending.</summary>
public sealed class JsonlEventStore : IEventStore
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly FileStream _file;

    public JsonlEventStore(string path)
    {
        try
        {
            _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SitrepException($"{path}: cannot open for writing: {e.Message}");
        }
        var goodEnd = ReadExistingIds(_file, _ids);
        _file.SetLength(goodEnd);
        _file.Seek(goodEnd, SeekOrigin.Begin);
        Path = path;
    }

    public string Path { get; }

    /// <summary>Records already in the file when it was opened plus those saved since.</summary>
    public int Count => _ids.Count;

    public bool HasArticle(string articleId) => _ids.Contains(articleId);

    public void Save(SitrepRecord record)
    {
        SitrepJson.Serialize(_file, record, indented: false);
        _file.WriteByte((byte)'\n');
        _file.Flush();
        _ids.Add(record.Article.Id);
    }

    public void Dispose() => _file.Dispose();

    /// <summary>Collects article ids; returns the offset after the last complete line.</summary>
    private static long ReadExistingIds(FileStream file, HashSet<string> ids)
    {
        var buffer = new byte[1 << 20];
        var filled = 0;
        long consumed = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2); // one record longer than the buffer
            }
            var read = file.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                return consumed; // a tail without '\n' is a torn write
            }
            filled += read;
            var start = 0;
            int newline;
            while ((newline = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n')) >= 0)
            {
                if (IdOf(buffer.AsSpan(start, newline)) is { } id)
                {
                    ids.Add(id);
                }
                start += newline + 1;
            }
            Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
            filled -= start;
            consumed += start;
        }
    }

    private static string? IdOf(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            var depth = 0;
            var inArticle = false;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        depth++;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        depth--;
                        if (inArticle && depth == 1)
                        {
                            inArticle = false;
                        }
                        break;
                    case JsonTokenType.PropertyName when depth == 1 && reader.ValueTextEquals("article"u8):
                        inArticle = true;
                        break;
                    case JsonTokenType.PropertyName when depth == 2 && inArticle && reader.ValueTextEquals("id"u8):
                        reader.Read();
                        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }
        }
        catch (JsonException)
        {
            // A damaged line names no article.
        }
        return null;
    }
}
