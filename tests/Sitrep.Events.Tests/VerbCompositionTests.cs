using Sitrep.Events.Dictionaries;
using Sitrep.Events.Petrarch;

namespace Sitrep.Events.Tests;

/// <summary>PETRARCH2's verb interaction over its internal coding ontology: code combination, negation and
/// repeated patterns, on fictional sentences with small hand-written trees and dictionaries.</summary>
public sealed class VerbCompositionTests
{
    private static readonly TreeCoder Coder = BuildCoder();

    private static TreeCoder BuildCoder()
    {
        var entries = new DictionaryEntries();
        PetrarchReader.ReadActors(["GONDOR [GON]", "ARNOR [ARN]", "ROHAN [ROH]"], entries);
        PetrarchReader.ReadVerbs(
        [
            "--- WANT [030] ---", "WANT", "SEEK", "", "--- ASK [020] ---", "ASK", "",
            "--- HELP [070] ---", "HELP", "", "--- COOPERATE [060] ---", "COOPERATE", "",
            "--- INSPECT [090] ---", "INSPECT", "", "--- ATTACK [190] ---", "ATTACK", "",
            "--- BUDGE [030] ---", "BUDGE", "- WILL NOT * TOWARDS  [036]", "",
            "--- GIVE [070] ---", "GIVE", "PROVIDE", "- * SUPPORT  [051]", "- * SUPPORT  [060]", "",
        ], entries);
        return new TreeCoder(CameoDictionary.FromEntries(entries));
    }

    private static HashSet<(string Source, string Target, string Event)> Code(string tree) => Coder.Code(ParseTree.Parse(tree), null);

    [Theory]
    [InlineData("030", "060", "031")]   // intend + material cooperation
    [InlineData("020", "070", "023")]   // appeal + aid: appeal for aid
    [InlineData("030", "090", "090")]   // two statement-level codes: the governed one wins
    [InlineData("010", "190", "190")]   // "say" adds nothing
    [InlineData("0257", "070", "023")]  // a code the ontology lacks counts as its root (025 → 020 family)
    public void CombinesCodesOverTheOntology(string upper, string lower, string combined)
    {
        Assert.Equal(combined, CodeOntology.Combine(upper, lower));
    }

    [Theory]
    [InlineData("060", "121")]  // not cooperate: reject material cooperation
    [InlineData("080", "124")]  // not yield: reject a request to yield
    [InlineData("190", null)]   // "did not fight" names no CAMEO event
    public void NegatesCodes(string code, string? negated)
    {
        Assert.Equal(negated, CodeOntology.Negate(code));
    }

    [Fact]
    public void AVerbGoverningASubjectlessClauseCombinesWithIt()
    {
        var produced = Code("(ROOT (S (NP (NNP Gondor)) (VP (VBZ wants) (S (VP (TO to) (VP (VB help) (NP (NNP Arnor))))))))");
        Assert.Equal([("GON", "ARN", "033")], produced);
        produced = Code("(ROOT (S (NP (NNP Gondor)) (VP (VBZ wants) (S (VP (TO to) (VP (VB inspect) (NP (NNP Arnor))))))))");
        Assert.Equal([("GON", "ARN", "090")], produced);
    }

    [Fact]
    public void CoordinatedSubjectsOfAGovernedClauseActOnEachOtherWhenTheUpperVerbHasNoTarget()
    {
        var produced = Code("(ROOT (S (NP (NP (NNP Gondor)) (CC and) (NP (NNP Arnor))) (VP (VBP are) (VP (VBG seeking) (S (VP (TO to) (VP (VB cooperate))))))))");
        Assert.Equal([("GON", "ARN", "031"), ("ARN", "GON", "031")], produced);
    }

    [Fact]
    public void TheGovernedClausesOwnSubjectIsTheTarget()
    {
        // "asked Rohan to help Arnor": an appeal to Rohan for aid, not Rohan's aid to Arnor
        var produced = Code("(ROOT (S (NP (NNP Gondor)) (VP (VBD asked) (S (NP (NNP Rohan)) (VP (TO to) (VP (VB help) (NP (NNP Arnor))))))))");
        Assert.Equal([("GON", "ROH", "023")], produced);
    }

    [Fact]
    public void NotNegatesWhatItsVerbPhraseGoverns()
    {
        Assert.Equal([("GON", "ARN", "121")], Code("(ROOT (S (NP (NNP Gondor)) (VP (MD would) (RB not) (VP (VB cooperate) (PP (IN with) (NP (NNP Arnor)))))))"));
        Assert.Empty(Code("(ROOT (S (NP (NNP Gondor)) (VP (VBD did) (RB not) (VP (VB attack) (NP (NNP Arnor))))))"));
        Assert.Equal([("GON", "ARN", "190")], Code("(ROOT (S (NP (NNP Gondor)) (VP (VBD did) (VP (VB attack) (NP (NNP Arnor))))))"));
    }

    [Fact]
    public void APatternThatReadTheNegationIsNotNegatedAgain()
    {
        var produced = Code("(ROOT (S (NP (NNP Gondor)) (VP (MD will) (RB not) (VP (VB budge) (PP (IN towards) (NP (NNP Arnor)))))))");
        Assert.Equal([("GON", "ARN", "036")], produced);
    }

    [Fact]
    public void ARepeatedPatternTakesItsLaterCode()
    {
        var produced = Code("(ROOT (S (NP (NNP Gondor)) (VP (VBD provided) (NP (NN support)) (PP (TO to) (NP (NNP Arnor))))))");
        Assert.Equal([("GON", "ARN", "060")], produced);
    }

    [Fact]
    public void DependencyNegationStandsBesideTheAuxiliaryAsInTreebank()
    {
        const string conll = "1\tGondor\tGondor\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n2\twould\twould\tAUX\tMD\t_\t4\taux\t_\t_\n"
            + "3\tnot\tnot\tPART\tRB\t_\t4\tneg\t_\t_\n4\tcooperate\tcooperate\tVERB\tVB\t_\t0\troot\t_\t_\n"
            + "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n6\tArnor\tArnor\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n";
        var tree = DependencyTree.Parse(conll);
        Assert.Equal("(ROOT (S (NP (NNP gondor)) (VP (MD would) (RB not) (VP (VB cooperate) (PP (IN with) (NP (NNP arnor)))))))", tree.ToString());
        Assert.Equal([("GON", "ARN", "121")], Coder.Code(tree, null));
    }
}
