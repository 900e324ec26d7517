namespace Sitrep.Nlp.Corpora;

/// <summary>One IOB2 sentence: forms and BIO tags ("O", "B-PER", "I-LOC", ...).</summary>
public sealed class NerSentence
{
    public required string[] Forms { get; init; }
    public required string[] Tags { get; init; }
    /// <summary>Index of the document ("# newdoc id") the sentence belongs to.</summary>
    public int Document { get; init; }

    public int Count => Forms.Length;
}
