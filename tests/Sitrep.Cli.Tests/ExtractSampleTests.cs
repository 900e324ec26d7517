using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Sitrep.Testing;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep extract</c> on the real AFP sample: schema-valid record with the article fields the issue names.</summary>
public sealed class ExtractSampleTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Repo.Root, "docs", "sitrep-1.schema.json"))));

    internal static void AssertSchemaValid(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = result.Details?.Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}") ?? [];
        Assert.True(result.IsValid, "not valid sitrep/1: " + string.Join(" | ", errors.Take(10)));
    }

    [Fact]
    public void Sample_article_gives_a_schema_valid_record_with_the_article_fields()
    {
        var sample = SharedData.Sample;
        var r = CliRunner.Run(null, "extract", sample, "--published", "2016-11-30");
        Assert.True(r.ExitCode == 0, r.Stderr);
        AssertSchemaValid(r.Stdout);

        var record = JsonNode.Parse(r.Stdout)!;
        Assert.Equal("sitrep/1", (string?)record["schema"]);
        var article = record["article"]!;
        Assert.Equal("Syria opposition begs UN to protect Aleppo civilians", (string?)article["title"]);
        Assert.Equal("ALEPPO", (string?)article["dateline"]);
        Assert.Equal("Agence France-Presse", (string?)article["source"]);
        Assert.Equal("2016-11-30", (string?)article["published"]);
        var body = (string)article["body"]!;
        Assert.StartsWith("More than 50,000 Syrians", body);
        Assert.DoesNotContain("Show more", body);
        Assert.DoesNotContain("George Ourfalian / AFP", body);
        Assert.DoesNotContain("drive their tank past civilians", body);
        Assert.DoesNotContain("* Agence France-Presse", body);
        Assert.Contains("Riad Hijab", body);
    }

    [Fact]
    public void Every_span_in_the_record_lies_inside_the_body()
    {
        var r = CliRunner.Run(null, "extract", SharedData.Sample, "--published", "2016-11-30", "--format", "jsonl");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Single(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var record = JsonNode.Parse(r.Stdout)!;
        var body = (string)record["article"]!["body"]!;
        foreach (var list in new[] { "entities", "places" })
        {
            foreach (var item in record[list]!.AsArray())
            {
                var start = (int)item!["start"]!;
                var end = (int)item["end"]!;
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, body.Length);
                Assert.Equal((string?)item["text"], body[start..end]);
            }
        }
        foreach (var e in record["events"]!.AsArray())
        {
            var sentence = e!["sentence"]!;
            Assert.InRange((int)sentence["end"]!, (int)sentence["start"]!, body.Length);
            foreach (var ev in e["evidence"]!.AsArray())
            {
                Assert.InRange((int)ev!["end"]!, (int)ev["start"]!, body.Length);
            }
        }
    }

    [Fact]
    public void Standard_input_gives_the_same_record_as_the_file()
    {
        var sample = SharedData.Sample;
        var fromFile = CliRunner.Run(null, "extract", sample, "--published", "2016-11-30");
        var fromStdin = CliRunner.Run(File.ReadAllText(sample), "extract", "-", "--published", "2016-11-30");
        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(fromFile.Stdout, fromStdin.Stdout);
    }

    [Fact]
    public void Pro_Ankara_rebels_are_coded_Syrian_with_the_places_resolved()
    {
        // With the geoparser in the pipeline "Ankara" is an affiliation, not a place; the rebels' country is the
        // document's (Syria), not Turkey's, and the resolved pronoun carries it.
        var r = CliRunner.Run(null, "extract", SharedData.Sample, "--published", "2016-11-30");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var fights = JsonNode.Parse(r.Stdout)!["events"]!.AsArray()
            .Where(e => (string?)e!["actor1"]?["text"] == "they" && ((string?)e["cameo"])!.StartsWith("19", StringComparison.Ordinal))
            .ToList();
        var fight = Assert.Single(fights);
        Assert.Equal("SYRREB", (string?)fight!["actor1"]!["code"]);
        Assert.Equal("IISIL jihadists", (string?)fight["actor2"]!["text"]);
        Assert.Equal("REB", (string?)fight["actor2"]!["role"]);
    }
}
