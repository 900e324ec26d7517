namespace Sitrep.Nlp.Evaluation;

/// <summary>Strict entity-level figures (percent): an entity counts only when its span and type both match.</summary>
public sealed record PrfCounts(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

public sealed record NerScores(PrfCounts Overall, IReadOnlyDictionary<string, PrfCounts> PerType, int Tokens, double TokensPerSecond);
