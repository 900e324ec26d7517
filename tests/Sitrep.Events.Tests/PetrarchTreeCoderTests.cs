using Sitrep.Events.Dictionaries;
using Sitrep.Events.Evaluation;
using Sitrep.Events.Petrarch;
using Sitrep.Testing;

namespace Sitrep.Events.Tests;

/// <summary>The PETRARCH2-style tree coder on the PETRARCH unit-test records (their own Treebank parses and
/// the PETR.Validate.* dictionaries).</summary>
public sealed class PetrarchTreeCoderTests
{
    private static (List<CameoRecord> Records, TreeCoder Coder) Load()
    {
        var dir = SharedData.Require("data/cameo/validation");
        var records = CameoRecords.Read(Path.Combine(dir, "PETR.UnitTest.records.xml"));
        return (records, new TreeCoder(CameoDictionary.FromPetrarchDirectory(dir)));
    }

    [Fact]
    public void ReadsTheRecordsParseIntoATreeWhoseLeavesAreTheSentenceWords()
    {
        var (records, _) = Load();
        var demo = records.Single(r => r.Id == "DEMO-00");
        Assert.True(demo.HasTreebankParse);
        var root = ParseTree.Parse(demo.Parse!);
        var leaves = new List<TreeNode>();
        root.CollectLeaves(leaves);
        Assert.Equal("arnor", leaves[0].Word);
        Assert.Equal("NNP", leaves[0].Label);
        Assert.Equal(demo.Text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Length, leaves.Count - 1); // the final "." is its own leaf
    }

    [Theory]
    [InlineData("DEMO-00", "ARN", "GON", "064")]      // "Arnor is about to restore full diplomatic ties with Gondor": aux chain + PP target
    [InlineData("VERB-08", "ETH", "LBY", "1010")]     // pronoun subject + "INDICATED WOULD * NOW" pattern
    [InlineData("SYNSET-10", "ARN", "GON", "903")]    // multi-word synset member "golden goblin galleons"
    [InlineData("DATE-04", "HOBGOV", "BRE", "121")]   // dated actor code (20121109-20130119)
    [InlineData("DEMO-03", "GON", "ELF", "033")]      // "left … for Minas Tirith": LEFT [032:033], the host's reverse event
    [InlineData("DATE-19", "ARN", "HOBREB", "064")]   // "[HOBREB > 990816]": a dated code written with a space
    [InlineData("SYNSET-23b", "CAL", "BRE", "911")]   // "&TIETYPES_MEMOS FROM": a synset joined to the next word
    [InlineData("SYNSET-23e", "CAL", "BRE", "912")]   // "memos sent by Bree": the participle's agent is the target
    [InlineData("SYNSET-22f", "BREGOV", "ERI", "907")] // the longer "MOST_CERTAINLY_&NEGATVAUXVRB_EVER *" wins
    [InlineData("COMPOUND-39", "FRA", "PHL", "030")]  // "% * [030:030]": a compound subject agrees
    [InlineData("COMPOUND-01", "OSG", "GON", "064")]  // "Old foes Gondor and Osgiliath": coordination one level down
    [InlineData("COMPOUND-17", "ITHGOV", "DOL", "160")] // actor "PRINCE OF DOL AMROTH" runs from the NP into its PP
    [InlineData("DEMO-17", "GON", "BREGOV", "033")]   // "arrived in Gondor on … his official visit": the place stays
    [InlineData("PASSIVE-04", "OSG", "ERI", "112")]   // "was opposed earlier by Osgiliath": "by" inside the ADVP
    [InlineData("PASSIVE-03", "OSG", "ERI", "071")]   // "+ * MONEY $": the subject is the target, the NP after "money" the source
    [InlineData("PATTERN-10", "GON", "HOB", "075")]   // "+ * IN $" through "was seen to break in an anti- Gondor parade"
    [InlineData("AGENT-03", "NGOARNGOV", "GON", "064")] // "MSF Arnor diplomat": prefix agent + actor + suffix agent
    [InlineData("AGENTS-23", "GMWGOVWGO", "GONGMOOPP", "064")] // "West German world government": an agent not already in the code is appended
    [InlineData("SYNSET-24b", "ARN", "GON", "083")] // "is inching (S (SBAR nearer (S to accord …)) …)": the clause under the SBAR
    [InlineData("SYNSET-23j", "CAL", "BRE", "913")] // "assurances on cultural issues sent from Bree": a participle's agent inside a PP
    [InlineData("AGENT-14", "CALGOV", "OSGMIL", "122")] // agent "MINISTRY OF SILLY WALKS" runs from the NP into its PP
    public void CodesRecordsExactly(string id, string source, string target, string code)
    {
        var (records, coder) = Load();
        var r = records.Single(x => x.Id == id);
        var produced = coder.Code(ParseTree.Parse(r.Parse!), r.Date);
        Assert.Contains((source, target, code), produced);
        Assert.True(produced.SetEquals(r.Expected), string.Join(' ', produced));
    }

    [Fact]
    public void CodesMostRecordsExactlyAndMostNoEventRecordsAsNothing()
    {
        var (records, coder) = Load();
        int withEvents = 0, exact = 0, none = 0, noneRight = 0;
        foreach (var r in records)
        {
            if (r.Error || !r.HasTreebankParse) continue;
            var produced = coder.Code(ParseTree.Parse(r.Parse!), r.Date);
            if (r.NoEvents || r.Expected.Count == 0) { none++; if (produced.Count == 0) noneRight++; continue; }
            withEvents++;
            if (produced.SetEquals(r.Expected)) exact++;
        }
        // floors under the figures `sitrep eval cameo` prints (see README); the baseline news coder made 26.5%
        Assert.True(withEvents > 250);
        Assert.True(exact >= withEvents * 0.8, $"exact {exact}/{withEvents}");
        Assert.True(noneRight >= none * 0.7, $"no-event right {noneRight}/{none}");
    }
}
