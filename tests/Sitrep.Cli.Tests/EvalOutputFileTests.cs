namespace Sitrep.Cli.Tests;

/// <summary>The eval commands' output files (<c>--output</c>, <c>--errors</c>): a path that cannot be written is one clear
/// line and exit code 2 before any work is done; a good one gets the predictions.</summary>
public sealed class EvalOutputFileTests : IDisposable
{
    // A two-sentence treebank written for this test (gold tokens, heads and relations).
    private const string Treebank = """
        1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
        2	shelled	shell	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	town	town	NOUN	NN	_	2	obj	_	_
        5	.	.	PUNCT	.	_	2	punct	_	_

        1	Talks	talk	NOUN	NNS	_	2	nsubj	_	_
        2	resumed	resume	VERB	VBD	_	0	root	_	_
        3	.	.	PUNCT	.	_	2	punct	_	_


        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void AnOutputFileInAMissingFolderIsAOneLineError()
    {
        var conllu = Path.Combine(_dir, "tiny.conllu");
        File.WriteAllText(conllu, Treebank.Replace("\r\n", "\n"));
        var r = CliRunner.Run(null, "eval", "ud", "--conllu", conllu, "--output", Path.Combine(_dir, "missing", "pred.conllu"));
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
        Assert.Contains("--output", r.Stderr);
        Assert.Contains("does not exist", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void PredictedTreesAreWrittenAsConllu()
    {
        var conllu = Path.Combine(_dir, "tiny.conllu");
        File.WriteAllText(conllu, Treebank.Replace("\r\n", "\n"));
        var output = Path.Combine(_dir, "pred.conllu");
        var r = CliRunner.Run(null, "eval", "ud", "--conllu", conllu, "--output", output);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("LAS", r.Stdout);
        var sentences = File.ReadAllText(output).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, sentences.Length);
        var first = sentences[0].Split('\n');
        Assert.Equal(5, first.Length);
        Assert.All(first, line => Assert.Equal(10, line.Split('\t').Length));
        // the verb heads the sentence
        Assert.Equal(["2", "shelled", "0", "root"], [.. first[1].Split('\t').Where((_, i) => i is 0 or 1 or 6 or 7)]);
    }
}
