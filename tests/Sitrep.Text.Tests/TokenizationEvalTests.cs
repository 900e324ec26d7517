using Sitrep.Testing;
using Sitrep.Text.Evaluation;

namespace Sitrep.Text.Tests;

/// <summary>The scorer on real UD data: gold spans rebuilt right, and the tokenizer above a floor on an EWT dev slice.</summary>
public sealed class TokenizationEvalTests
{
    private static ConlluText DevSlice(int sentences) => ConlluText.Load(SharedData.Require("data/ud-ewt/en_ewt-ud-dev.conllu"), sentences);

    [Fact]
    public void Gold_spans_are_surface_tokens_of_the_rebuilt_text()
    {
        var gold = DevSlice(400);
        Assert.Equal(400, gold.GoldSentences.Count);
        var forms = gold.GoldTokens.Select(t => gold.Text[t.Start..t.End]).ToList();
        // Multiword tokens count as their surface form.
        Assert.Contains("don't", forms);
        Assert.DoesNotContain("n't", forms);
        Assert.StartsWith("From the AP comes this story :", gold.Text);
        foreach (var (start, end) in gold.GoldSentences) Assert.False(char.IsWhiteSpace(gold.Text[start]) || char.IsWhiteSpace(gold.Text[end - 1]));
    }

    [Fact]
    public void Tokenizer_scores_above_the_floor_on_an_EWT_dev_slice()
    {
        var score = TokenizationEvaluator.Evaluate(DevSlice(1000), timingRounds: 1);
        Assert.True(score.Tokens.F1 >= 0.985, $"token F1 {score.Tokens.F1:P2}");
        Assert.True(score.Sentences.F1 >= 0.80, $"sentence F1 {score.Sentences.F1:P2}");
        Assert.True(score.TokensPerSecond > 0);
    }

    [Fact]
    public void Perfect_output_scores_one_and_a_merged_token_costs_precision_and_recall()
    {
        var perfect = ConlluText.Parse(new StringReader(
            "# newdoc id = d\n# text = Aid arrived.\n1\tAid\t_\t_\t_\t_\t_\t_\t_\t_\n2\tarrived\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"), "t");
        var score = TokenizationEvaluator.Evaluate(perfect, timingRounds: 1);
        Assert.Equal(1.0, score.Tokens.F1);
        Assert.Equal(1.0, score.Sentences.F1);

        // Gold that (wrongly) keeps "arrived." whole: our 3 tokens meet 1 of 2 gold tokens.
        var merged = ConlluText.Parse(new StringReader(
            "# text = Aid arrived.\n1\tAid\t_\t_\t_\t_\t_\t_\t_\t_\n2\tarrived.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"), "t");
        score = TokenizationEvaluator.Evaluate(merged, timingRounds: 1);
        Assert.Equal(1, score.Tokens.Correct);
        Assert.Equal(3, score.Tokens.System);
        Assert.Equal(2, score.Tokens.Gold);
    }
}
