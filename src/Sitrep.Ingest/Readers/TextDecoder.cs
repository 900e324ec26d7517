using System.Text;

namespace Sitrep.Ingest.Readers;

/// <summary>Bytes to text for pages and files: the declared charset (HTTP header, then &lt;meta charset&gt;),
/// else BOM / valid UTF-8, else Windows-1252. A declared charset that is unknown or does not fit the bytes is
/// repaired and reported as a warning, not a failure. Binary content is refused.</summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public readonly record struct Decoded(string? Text, string? Error, string? Warning);

    public static Decoded Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, bool sniffMeta)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return FromUtf8(bytes[3..], null);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(Encoding.Unicode.GetString(bytes[2..]), null, null);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), null, null);
        }
        if (LooksBinary(bytes))
        {
            return new(null, "looks binary (control bytes, not text or HTML); skipped", null);
        }
        var charset = declaredCharset ?? (sniffMeta ? SniffMetaCharset(bytes) : null);
        if (charset is null)
        {
            return FromUtf8(bytes, null);
        }
        var encoding = Lookup(charset);
        if (encoding is null)
        {
            var guessed = FromUtf8(bytes, null);
            return guessed with { Warning = $"unknown charset '{charset}', read as {(guessed.Warning is null ? "UTF-8" : "Windows-1252")}" };
        }
        if (encoding.CodePage == 65001)
        {
            return FromUtf8(bytes, charset);
        }
        if (encoding.CodePage is 28591 or 1252 or 20127 && IsValidUtf8WithMultibyte(bytes))
        {
            // Declared Latin-1 but the bytes are UTF-8 (a common server misconfiguration).
            return new(Encoding.UTF8.GetString(bytes), null, $"declared charset '{charset}' but the bytes are UTF-8; read as UTF-8");
        }
        return new(encoding.GetString(bytes), null, null);
    }

    private static Decoded FromUtf8(ReadOnlySpan<byte> bytes, string? declared)
    {
        try
        {
            return new(StrictUtf8.GetString(bytes), null, null);
        }
        catch (DecoderFallbackException)
        {
            var text = Encoding.GetEncoding(1252).GetString(bytes);
            return new(text, null, declared is null ? null : $"declared charset '{declared}' does not fit the bytes (invalid UTF-8); read as Windows-1252");
        }
    }

    public static Encoding? Lookup(string charset)
    {
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG: these labels mean Windows-1252 on the web.
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1")
        {
            name = "windows-1252";
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>NUL bytes or many C0 control bytes in the first 8 KB: not text.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.IndexOf((byte)0) >= 0)
        {
            return true;
        }
        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B))
            {
                controls++;
            }
        }
        return controls > head.Length / 50;
    }

    private static bool IsValidUtf8WithMultibyte(ReadOnlySpan<byte> bytes)
    {
        var hasHigh = false;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                hasHigh = true;
                break;
            }
        }
        return hasHigh && System.Text.Unicode.Utf8.IsValid(bytes);
    }

    /// <summary>&lt;meta charset="x"&gt; or http-equiv content="…; charset=x" in the first 4 KB (HTML's prescan, simplified).</summary>
    public static string? SniffMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var at = 0;
        while ((at = head.IndexOf("charset", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var tagStart = head.LastIndexOf('<', at);
            if (tagStart >= 0 && head.AsSpan(tagStart + 1).StartsWith("meta", StringComparison.OrdinalIgnoreCase))
            {
                var i = at + 7;
                while (i < head.Length && head[i] is ' ' or '=' or '"' or '\'')
                {
                    i++;
                }
                var start = i;
                while (i < head.Length && (char.IsAsciiLetterOrDigit(head[i]) || head[i] is '-' or '_' or ':' or '.'))
                {
                    i++;
                }
                if (i > start)
                {
                    return head[start..i];
                }
            }
            at += 7;
        }
        return null;
    }

    /// <summary>The charset parameter of a Content-Type value, if any.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }
        var at = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }
        var value = contentType[(at + 8)..];
        var end = value.IndexOfAny([';', ' ', ',']);
        value = (end >= 0 ? value[..end] : value).Trim('"', '\'');
        return value.Length == 0 ? null : value;
    }
}
