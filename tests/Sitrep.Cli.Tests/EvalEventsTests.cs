using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep eval events</c> on the committed gold file, and its errors.</summary>
public sealed class EvalEventsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ScoresTheSampleGoldFile()
    {
        var r = CliRunner.Run(null, "eval", "events", "--gold", Path.Combine(Testing.Repo.Root, "samples", "gold-events.jsonl"), "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var json = JsonDocument.Parse(r.Stdout);
        var root = json.RootElement;
        Assert.True(root.GetProperty("articles").GetInt32() >= 6);
        // the figures README quotes; precision is the share of emitted events (optional gold ones aside) that are gold
        Assert.True(root.GetProperty("precision").GetDouble() >= 0.8, r.Stdout);
        Assert.True(root.GetProperty("recall").GetDouble() >= 0.85, r.Stdout);
        Assert.True(root.TryGetProperty("killed_acc", out _));
    }

    [Fact]
    public void AMissingGoldFileIsAOneLineError()
    {
        var r = CliRunner.Run(null, "eval", "events", "--gold", Path.Combine(_dir, "nope.jsonl"));
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
        Assert.Contains("gold file not found", r.Stderr);
    }

    [Fact]
    public void ABadGoldLineNamesTheLine()
    {
        var path = Path.Combine(_dir, "gold.jsonl");
        File.WriteAllText(path, "{\"article\":\"a.txt\",\"cameo\":\"190\",\"anchor\":\"x\"}\n{\"article\":\"a.txt\"}\n");
        var r = CliRunner.Run(null, "eval", "events", "--gold", path);
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
        Assert.Contains("gold.jsonl:2", r.Stderr);
    }
}
