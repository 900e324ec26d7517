namespace Sitrep.Events.Text;

/// <summary>One word of a sentence as the coder sees it: a body span and its lower-cased form
/// (punctuation peeled off whitespace tokens, so the coder works whether or not a real tokenizer ran).</summary>
public readonly record struct Word(int Start, int End, string Norm, bool Capitalized, bool IsPunct)
{
    public int Length => End - Start;
}

/// <summary>A sentence's words and its character span.</summary>
public sealed class SentenceWords(int index, int start, int end, Word[] words)
{
    public int Index { get; } = index;
    public int Start { get; } = start;
    public int End { get; } = end;
    public Word[] Words { get; } = words;
    public int Count => Words.Length;
}
