using Sitrep.Ingest.Evaluation;

namespace Sitrep.Ingest.Tests;

public class ShingleScoreTests
{
    private const string Truth = "More than 50,000 Syrians joined a growing exodus of terrified civilians from east Aleppo.";

    [Fact]
    public void Tokens_follow_python_word_rules()
    {
        Assert.Equal(["don", "t", "stop", "50", "000", "naïve", "Aleppo_2016"], ShingleScore.Tokenize("don't stop: 50,000 naïve Aleppo_2016!"));
        Assert.Empty(ShingleScore.Tokenize(null));
    }

    [Fact]
    public void Identical_text_scores_one_and_punctuation_or_spacing_does_not_matter()
    {
        var score = ShingleScore.ScorePage(Truth, Truth.Replace(" ", "\n\n") + " !!");
        Assert.Equal(1, score.Precision);
        Assert.Equal(1, score.Recall);
        Assert.True(score.Exact);
        Assert.False(ShingleScore.ScorePage(Truth, Truth.Replace("50,000", "50000")).Exact);
    }

    [Fact]
    public void Extra_text_costs_precision_and_missing_text_costs_recall()
    {
        var extra = ShingleScore.ScorePage(Truth, Truth + " Share this story on Facebook and Twitter today.");
        Assert.Equal(1, extra.Recall);
        Assert.InRange(extra.Precision, 0.5, 0.8);
        var half = ShingleScore.ScorePage(Truth, "More than 50,000 Syrians joined a growing exodus");
        Assert.Equal(1, half.Precision);
        Assert.InRange(half.Recall, 0.3, 0.6);
    }

    [Fact]
    public void Corpus_f1_is_taken_from_the_macro_means_and_empty_predictions_only_cost_recall()
    {
        var pages = new[] { ShingleScore.ScorePage(Truth, Truth), ShingleScore.ScorePage(Truth, "") };
        var corpus = ShingleScore.Aggregate(pages);
        Assert.Equal(1, corpus.Precision); // the empty prediction has tp + fp = 0: not averaged into precision
        Assert.Equal(0.5, corpus.Recall);
        Assert.Equal(2 * 1 * 0.5 / 1.5, corpus.F1, 9);
        Assert.Equal(0.5, corpus.Accuracy);
    }
}
