using System.Globalization;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Cli;

/// <summary>Reads user-given inputs and turns every way they can be wrong into one clear <see cref="SitrepException"/>.</summary>
public static class InputFiles
{
    /// <summary>Reads a text or HTML article from a path, or standard input for "-".</summary>
    public static string ReadArticle(string path)
    {
        byte[] bytes;
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        else
        {
            RequireFile(path);
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SitrepException($"{path}: cannot read: {e.Message}");
            }
        }
        var name = path == "-" ? "standard input" : path;
        var text = DecodeText(bytes, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SitrepException($"{name}: is empty; an article needs some text");
        }
        return text;
    }

    /// <summary>Returns <paramref name="path"/> when it is an existing file; otherwise a clear error.</summary>
    public static string RequireFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new SitrepException($"{path}: is a directory; give a file (use 'sitrep ingest' for folders)");
        }
        if (!File.Exists(path))
        {
            throw new SitrepException($"{path}: no such file");
        }
        return path;
    }

    /// <summary>UTF-8 (BOM or not), UTF-16 with BOM; binary content (NUL bytes, invalid UTF-8) is refused.</summary>
    public static string DecodeText(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return encoding.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new SitrepException($"{name}: looks binary (contains NUL bytes); give a text or HTML file");
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: accept Latin-1 text if it is mostly printable, else call it binary.
            var controls = 0;
            foreach (var b in bytes)
            {
                if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
                {
                    controls++;
                }
            }
            if (controls > bytes.Length / 100)
            {
                throw new SitrepException($"{name}: looks binary (not UTF-8 text); give a text or HTML file");
            }
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>Parses YYYY-MM-DD (or the date part of an ISO 8601 date-time).</summary>
    public static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) && value.Length >= 10 && value[4] == '-')
        {
            date = DateOnly.FromDateTime(dto.UtcDateTime);
            return true;
        }
        return false;
    }

    public static DateOnly ParseDateOption(string value, string option) =>
        TryParseDate(value, out var date)
            ? date
            : throw new SitrepException($"{option}: '{value}' is not a date; use YYYY-MM-DD, e.g. 2016-11-30");

    /// <summary>A cheap sniff: markup-looking content is HTML.</summary>
    public static bool LooksLikeHtml(string content, string? path)
    {
        if (path is not null && (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        var head = content.AsSpan(0, Math.Min(content.Length, 2048)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && (content.Contains("<p", StringComparison.OrdinalIgnoreCase) || content.Contains("<body", StringComparison.OrdinalIgnoreCase)));
    }
}
