namespace Sitrep.Nlp.Corpora;

/// <summary>One CoNLL-U sentence as syntactic words (multiword-token ranges and empty nodes are skipped).
/// Heads are sentence-local, 0-based, −1 for the root.</summary>
public sealed class UdSentence
{
    public required string[] Forms { get; init; }
    public required string[] Lemmas { get; init; }
    public required string[] Upos { get; init; }
    public required string[] Xpos { get; init; }
    public required int[] Heads { get; init; }
    public required string[] DepRels { get; init; }

    public int Count => Forms.Length;
}
