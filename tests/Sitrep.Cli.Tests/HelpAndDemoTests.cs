using System.Text.RegularExpressions;

namespace Sitrep.Cli.Tests;

public sealed partial class HelpAndDemoTests
{
    [Fact]
    public void Every_command_has_help()
    {
        var root = CliRunner.Run(null, "--help");
        Assert.Equal(0, root.ExitCode);
        var commands = CommandList(root.Stdout);
        Assert.Contains("extract", commands);
        Assert.Contains("demo", commands);
        foreach (var command in commands)
        {
            var help = CliRunner.Run(null, command, "--help");
            Assert.True(help.ExitCode == 0, $"{command} --help: {help.Stderr}");
            Assert.Contains("Usage:", help.Stdout);
            foreach (var sub in CommandList(help.Stdout))
            {
                var subHelp = CliRunner.Run(null, command, sub, "--help");
                Assert.True(subHelp.ExitCode == 0, $"{command} {sub} --help: {subHelp.Stderr}");
                Assert.Contains("Usage:", subHelp.Stdout);
            }
        }
    }

    [Fact]
    public void Demo_runs_on_the_bundled_samples()
    {
        var r = CliRunner.Run(null, new Dictionary<string, string> { ["COLUMNS"] = "200" }, "demo", "--no-serve");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("Mortar", r.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Mosul", r.Stdout);
    }

    private static List<string> CommandList(string help)
    {
        var at = help.IndexOf("Commands:", StringComparison.Ordinal);
        if (at < 0)
        {
            return [];
        }
        return [.. CommandLine().Matches(help[at..]).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex(@"^\s{2}([a-z][a-z0-9-]*)\b", RegexOptions.Multiline)]
    private static partial Regex CommandLine();
}
