namespace Sitrep.Nlp.Learning;

/// <summary>64-bit string hashes (FNV-1a + a splitmix finaliser) and 32-bit feature keys. Features are never
/// strings: a template id and one to three hashed values become one key, so extraction allocates nothing.</summary>
public static class Hashing
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }
        return Mix(h);
    }

    public static ulong Of(string text) => Of(text.AsSpan());

    public static ulong Lower(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }
        return Mix(h);
    }

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Combine(ulong a, ulong b) => Mix(a * Golden + b + 0x632BE59BD9B4E019UL);

    public static uint Key(int template, ulong a) => Fold(Mix(a + (ulong)(template + 1) * Golden));

    public static uint Key(int template, ulong a, ulong b) => Key(template, Combine(a, b));

    public static uint Key(int template, ulong a, ulong b, ulong c) => Key(template, Combine(Combine(a, b), c));

    private static uint Fold(ulong h)
    {
        var k = (uint)(h ^ (h >> 32));
        return k == 0 ? 1u : k;
    }
}
