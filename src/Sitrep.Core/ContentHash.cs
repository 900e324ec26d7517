using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Core;

/// <summary>Stable ids: the first 16 hex digits of SHA-256 over UTF-8 text.</summary>
public static class ContentHash
{
    public static string Of(string text) => Of(text.AsSpan());

    public static string Of(ReadOnlySpan<char> text)
    {
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var bytes = byteCount <= 4096 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(text, bytes);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
