using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>Every way the input can be wrong gives one clear line on stderr and exit code 2 (1 for a partly bad batch).</summary>
public sealed class ExtractErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Missing_file()
    {
        var r = CliRunner.Run(null, "extract", Path.Combine(_dir, "nope.txt"));
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
        Assert.Contains("no such file", r.Stderr);
    }

    [Fact]
    public void Directory_instead_of_file()
    {
        var r = CliRunner.Run(null, "extract", _dir);
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
        Assert.Contains("is a directory", r.Stderr);
    }

    [Fact]
    public void Binary_file()
    {
        var path = Path.Combine(_dir, "photo.jpg");
        File.WriteAllBytes(path, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]);
        var r = CliRunner.Run(null, "extract", path);
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
        Assert.Contains("binary", r.Stderr);
    }

    [Fact]
    public void Empty_file_and_empty_stdin()
    {
        var path = Path.Combine(_dir, "empty.txt");
        File.WriteAllText(path, "  \n\n ");
        var r = CliRunner.Run(null, "extract", path);
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
        Assert.Contains("empty", r.Stderr);

        var fromStdin = CliRunner.Run("", "extract", "-");
        Assert.Equal(2, fromStdin.ExitCode);
        Assert.Contains("standard input: is empty", fromStdin.Stderr);
    }

    [Fact]
    public void Bad_date()
    {
        var path = Path.Combine(_dir, "a.txt");
        File.WriteAllText(path, "Rebels seized the town on Monday.");
        var r = CliRunner.Run(null, "extract", path, "--published", "30/11/2016");
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
        Assert.Contains("--published", r.Stderr);
    }

    [Fact]
    public void Unknown_option_and_bad_format_are_usage_errors()
    {
        var r = CliRunner.Run(null, "extract", "--frobnicate");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("sitrep: ", r.Stderr);
        var f = CliRunner.Run(null, "extract", "-", "--format", "xml");
        Assert.Equal(2, f.ExitCode);
    }

    [Fact]
    public void Bad_jsonl_lines_are_reported_with_their_number_and_the_batch_goes_on()
    {
        var path = Path.Combine(_dir, "batch.jsonl");
        File.WriteAllLines(path,
        [
            """{"id": "a1", "text": "Rebels seized the town of Sake on Friday, residents said.", "published": "2024-03-16"}""",
            """{"id": "a2", "text": "Police arrested 40 protesters in Khartoum.""",
            """{"id": "a3", "published": "2024-03-16"}""",
            """{"id": "a4", "text": "Troops shelled the village.", "published": "yesterday"}""",
            "",
            """{"id": "a6", "html": "<html><body><p>Militants attacked an army post near Djibo.</p></body></html>", "url": "https://example.org/x"}""",
        ]);
        var r = CliRunner.Run(null, "extract", "--jsonl", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("batch.jsonl:2: invalid JSON", r.Stderr);
        Assert.Contains("batch.jsonl:3:", r.Stderr);
        Assert.Contains("batch.jsonl:4:", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);

        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a1", first.RootElement.GetProperty("article").GetProperty("external_id").GetString());
        Assert.Equal("2024-03-16", first.RootElement.GetProperty("article").GetProperty("published").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("a6", second.RootElement.GetProperty("article").GetProperty("external_id").GetString());
        Assert.Equal("https://example.org/x", second.RootElement.GetProperty("article").GetProperty("url").GetString());
        Assert.DoesNotContain("<p>", second.RootElement.GetProperty("article").GetProperty("body").GetString());
    }

    [Fact]
    public void Missing_jsonl_file()
    {
        var r = CliRunner.Run(null, "extract", "--jsonl", Path.Combine(_dir, "none.jsonl"));
        Assert.Equal(2, r.ExitCode);
        CliRunner.AssertCleanError(r);
    }
}
