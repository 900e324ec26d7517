namespace Sitrep.Nlp.Evaluation;

/// <summary>CoNLL 2018 word-level figures (percent) on gold tokenisation. LAS compares universal relations
/// (subtypes after ':' dropped), as the shared task did.</summary>
public sealed record UdScores(double Upos, double Xpos, double Lemma, double? Uas, double? Las, int Words, double TokensPerSecond);
