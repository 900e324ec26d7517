namespace Sitrep.Nlp.Learning;

/// <summary>Per-token hashes of one sentence (form, lower case, shape, affixes, flags), computed once from spans
/// and shared by every feature template. Reused across sentences; out-of-range positions give boundary values.</summary>
public sealed class LexicalSentence
{
    public const int FlagDigit = 1, FlagHyphen = 2, FlagAllUpper = 4, FlagInitUpper = 8, FlagAlpha = 16,
        FlagAllDigit = 32, FlagPeriod = 64, FlagLower = 128;

    private static readonly ulong Bos = Hashing.Of("<s>");
    private static readonly ulong Eos = Hashing.Of("</s>");

    private ulong[] _word = [], _lower = [], _shape = [], _pre1 = [], _pre2 = [], _pre3 = [];
    private ulong[] _suf1 = [], _suf2 = [], _suf3 = [], _suf4 = [];
    private ulong[] _pre4 = [], _suf5 = [], _hyphenHead = [], _hyphenTail = [];
    private int[] _flags = [];

    public int Count { get; private set; }

    public void Reset(int capacity)
    {
        Count = 0;
        if (_word.Length < capacity)
        {
            var n = Math.Max(capacity, 64);
            _word = new ulong[n]; _lower = new ulong[n]; _shape = new ulong[n];
            _pre1 = new ulong[n]; _pre2 = new ulong[n]; _pre3 = new ulong[n];
            _suf1 = new ulong[n]; _suf2 = new ulong[n]; _suf3 = new ulong[n]; _suf4 = new ulong[n];
            _pre4 = new ulong[n]; _suf5 = new ulong[n]; _hyphenHead = new ulong[n]; _hyphenTail = new ulong[n];
            _flags = new int[n];
        }
    }

    public void Add(ReadOnlySpan<char> form)
    {
        var i = Count++;
        _word[i] = Hashing.Of(form);
        _lower[i] = Hashing.Lower(form);
        var len = form.Length;
        _pre1[i] = Hashing.Lower(form[..Math.Min(1, len)]) ^ 1;
        _pre2[i] = Hashing.Lower(form[..Math.Min(2, len)]) ^ 2;
        _pre3[i] = Hashing.Lower(form[..Math.Min(3, len)]) ^ 3;
        _suf1[i] = Hashing.Lower(form[Math.Max(0, len - 1)..]) ^ 5;
        _suf2[i] = Hashing.Lower(form[Math.Max(0, len - 2)..]) ^ 6;
        _suf3[i] = Hashing.Lower(form[Math.Max(0, len - 3)..]) ^ 7;
        _suf4[i] = Hashing.Lower(form[Math.Max(0, len - 4)..]) ^ 8;
        _pre4[i] = Hashing.Lower(form[..Math.Min(4, len)]) ^ 4;
        _suf5[i] = Hashing.Lower(form[Math.Max(0, len - 5)..]) ^ 9;
        ComputeShape(form, out _shape[i], out _flags[i]);
        // Hyphenated compounds ("Iraqi-led", "well-known") take their class from the parts, which are often known words.
        var firstHyphen = form.IndexOf('-');
        if (firstHyphen > 0 && firstHyphen < len - 1)
        {
            _hyphenHead[i] = Hashing.Lower(form[..firstHyphen]) ^ 10;
            _hyphenTail[i] = Hashing.Lower(form[(form.LastIndexOf('-') + 1)..]) ^ 11;
        }
        else
        {
            _hyphenHead[i] = _hyphenTail[i] = 12;
        }
    }

    /// <summary>Shape like "Xx" / "dd.d" with runs longer than two collapsed, plus boolean flags.</summary>
    private static void ComputeShape(ReadOnlySpan<char> form, out ulong shape, out int flags)
    {
        ulong h = 1469598103934665603UL;
        char last = '\0';
        var run = 0;
        var upper = 0; var lower = 0; var digit = 0; var alpha = 0;
        flags = 0;
        foreach (var c in form)
        {
            char s;
            if (char.IsUpper(c)) { s = 'X'; upper++; alpha++; }
            else if (char.IsLetter(c)) { s = 'x'; lower++; alpha++; }
            else if (char.IsDigit(c)) { s = 'd'; digit++; }
            else
            {
                s = c;
                if (c == '-') flags |= FlagHyphen;
                if (c == '.') flags |= FlagPeriod;
            }
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 2)
            {
                h = (h ^ s) * 1099511628211UL;
            }
        }
        shape = Hashing.Mix(h);
        if (digit > 0) flags |= FlagDigit;
        if (digit == form.Length && digit > 0) flags |= FlagAllDigit;
        if (alpha > 0) flags |= FlagAlpha;
        if (upper > 0 && lower == 0) flags |= FlagAllUpper;
        if (form.Length > 0 && char.IsUpper(form[0])) flags |= FlagInitUpper;
        if (lower > 0 && upper == 0) flags |= FlagLower;
    }

    private ulong Get(ulong[] values, int i) => (uint)i < (uint)Count ? values[i] : i < 0 ? Bos : Eos;

    public ulong Word(int i) => Get(_word, i);
    public ulong Lower(int i) => Get(_lower, i);
    public ulong Shape(int i) => Get(_shape, i);
    public ulong Pre1(int i) => Get(_pre1, i);
    public ulong Pre2(int i) => Get(_pre2, i);
    public ulong Pre3(int i) => Get(_pre3, i);
    public ulong Suf1(int i) => Get(_suf1, i);
    public ulong Suf2(int i) => Get(_suf2, i);
    public ulong Suf3(int i) => Get(_suf3, i);
    public ulong Suf4(int i) => Get(_suf4, i);
    public ulong Pre4(int i) => Get(_pre4, i);
    public ulong Suf5(int i) => Get(_suf5, i);
    /// <summary>Lower-cased part before the first hyphen of an inner-hyphenated word; a constant otherwise.</summary>
    public ulong HyphenHead(int i) => Get(_hyphenHead, i);
    /// <summary>Lower-cased part after the last hyphen of an inner-hyphenated word; a constant otherwise.</summary>
    public ulong HyphenTail(int i) => Get(_hyphenTail, i);
    public int Flags(int i) => (uint)i < (uint)Count ? _flags[i] : 0;
}
