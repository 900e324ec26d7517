using Sitrep.Events.Dictionaries;
using Sitrep.Events.Evaluation;
using Sitrep.Events.Petrarch;

namespace Sitrep.Events.Tests;

/// <summary>How the tree coder picks patterns, passive sources, targets and actor codes (PETRARCH2 behaviours met
/// in the GSR), on fictional sentences with small hand-written trees and dictionaries.</summary>
public sealed class TreeCoderPhraseRuleTests
{
    private static readonly TreeCoder Coder = BuildCoder();

    private static TreeCoder BuildCoder()
    {
        var entries = new DictionaryEntries();
        PetrarchReader.ReadActors(["GONDOR [GON]", "ARNOR [ARN]", "ROHAN [ROH]", "MORDOR [MOR]", "WHITE_COUNCIL_OF_THE_WISE_ [IGOWCW]"], entries);
        PetrarchReader.ReadAgents(["ACTIVIST [~OPP]", "SOLDIER [~MIL]", "MILITARY [~MIL]"], entries);
        PetrarchReader.ReadVerbs(
        [
            "--- OPEN [020] ---", "OPEN", "- * CAMPAIGN  [020]", "- * ATTACKS  [190]", "",
            "--- SHELL [190] ---", "SHELL", "", "--- STAGE [150] ---", "STAGE", "", "--- CONDEMN [111] ---", "CONDEMN", "",
            "--- SAY [010] ---", "SAY {SAYS SAID SAYING}", "", "--- SEIZE [192] ---", "SEIZE", "", "--- ATTACK [190] ---", "ATTACK", "",
            "~ a (b . ATTACK) SAY = a b 112",
        ], entries);
        return new TreeCoder(CameoDictionary.FromEntries(entries));
    }

    private static HashSet<(string Source, string Target, string Event)> Code(string tree) => Coder.Code(ParseTree.Parse(tree), null);

    [Fact]
    public void OfEquallySpecificPatternsTheOneNearestTheVerbWins()
    {
        // "* CAMPAIGN" is listed first, but "attacks" is the object
        var produced = Code("(ROOT (S (NP (NNP Mordor)) (VP (VBD opened) (NP (JJ new) (NNS attacks)) (PP (IN during) (NP (PRP$ its) (NN campaign))) (PP (IN on) (NP (NNP Gondor))))))");
        Assert.Equal([("MOR", "GON", "190")], produced);
    }

    [Fact]
    public void APassiveWithoutByTakesItsSourceFromAFromOrInPhrase()
    {
        var produced = Code("(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN shelled) (PP (IN from) (NP (NNP Mordor)))))))");
        Assert.Equal([("MOR", "GON", "190")], produced);
        // PETRARCH2's order: "by", then "from", then "in"
        produced = Code("(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN shelled) (PP (IN in) (NP (NNP Rohan))) (PP (IN by) (NP (NNP Mordor)))))))");
        Assert.Equal([("MOR", "GON", "190")], produced);
        produced = Code("(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN shelled) (PP (IN in) (NP (JJ Mordor) (NN shelling)))))))");
        Assert.Equal([("MOR", "GON", "190")], produced);
    }

    [Fact]
    public void ATransformationDropsTheClausesUntransformedEventsOfAnotherActor()
    {
        // "~ a (b . ATTACK) SAY": Rohan → Mordor 112 for the shelling; Mordor's seizing of Arnor is not Rohan's
        var produced = Code("(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (SBAR (S (NP (NNP Mordor)) (VP (VBD had) (VP (VP (VBN shelled) (NP (NNP Gondor))) (CC and) (VP (VBN seized) (NP (NNP Arnor))))))))))");
        Assert.Equal([("ROH", "MOR", "112")], produced);
    }

    [Fact]
    public void AnObjectNamingOnlyAnAgentGivesWayToAPhraseNamingAnActor()
    {
        var produced = Code("(ROOT (S (NP (NNP Mordor)) (VP (VBD staged) (NP (JJ military) (NNS exercises)) (PP (IN in) (NP (NNP Rohan))))))");
        Assert.Equal([("MOR", "ROH", "150")], produced);
        // with no such phrase the agent stays the target
        Assert.Equal([("MOR", "---MIL", "150")], Code("(ROOT (S (NP (NNP Mordor)) (VP (VBD staged) (NP (JJ military) (NNS exercises)))))"));
    }

    [Fact]
    public void AnActorNameRunsIntoThePhraseEvenWithAnAppositionAfterIt()
    {
        var produced = Code("(ROOT (S (NP (DT the) (NNP White) (NNP Council) (PP (IN of) (NP (DT the) (NNP Wise))) (, ,) (NP (DT an) (JJ old) (NN fellowship))) (VP (VBD condemned) (NP (NNP Mordor)))))");
        Assert.Equal([("IGOWCW", "MOR", "111")], produced);
    }

    [Fact]
    public void ACoordinationOneLevelDownTakesTheHeadNounsAgent()
    {
        var produced = Code("(ROOT (S (NP (NP (NP (NNP Gondor)) (CC and) (NP (NNP Arnor))) (NNS activists)) (VP (VBD condemned) (NP (NNP Mordor)))))");
        Assert.Equal([("GONOPP", "MOR", "111"), ("ARNOPP", "MOR", "111")], produced);
    }

    [Theory]
    [InlineData("20080806", 2008, 8, 6)]
    [InlineData("121108", 2012, 11, 8)]   // TABARI's YYMMDD
    public void RecordDatesAreEightOrSixDigits(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), CameoRecords.ParseDate(text));
        Assert.Null(CameoRecords.ParseDate("2008086"));
    }
}
