namespace Sitrep.Text.Tokenization;

[Flags]
public enum TokenFlags : byte
{
    None = 0,
    /// <summary>A clitic split off the previous token ("n't", "'s", "'re"): together they are one surface word
    /// (a UD multiword token), so they always touch.</summary>
    Clitic = 1,
    /// <summary>An abbreviation that ends in a period ("U.S.", "Dr.", "etc.").</summary>
    Abbreviation = 2,
}

/// <summary>One token as the span tokenizer emits it: [Start, End) in the input plus what the splitter needs.</summary>
public readonly record struct TokenSpan(int Start, int End, TokenFlags Flags)
{
    public int Length => End - Start;
    public bool IsClitic => (Flags & TokenFlags.Clitic) != 0;
    public bool IsAbbreviation => (Flags & TokenFlags.Abbreviation) != 0;
}

/// <summary>One sentence as the splitter emits it: character span and token range.</summary>
public readonly record struct SentenceSpan(int Start, int End, int FirstToken, int TokenCount);
