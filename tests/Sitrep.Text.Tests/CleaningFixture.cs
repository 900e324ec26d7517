namespace Sitrep.Text.Tests;

/// <summary>A fixture file: "# key: value" expectation lines, a "---" line, then the article as ingestion would
/// hand it over. Several "absent:"/"contains:" lines may be given; "\n" in a value stands for a line break.</summary>
public sealed record CleaningFixture(string Name, string Content, IReadOnlyDictionary<string, List<string>> Expect)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static CleaningFixture Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name)).Replace("\r\n", "\n");
        var split = text.IndexOf("\n---\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"{name}: no '---' line between expectations and article");
        var expect = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in text[..split].Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (!line.StartsWith("# ", StringComparison.Ordinal) || colon < 0) continue;
            var key = line[2..colon].Trim();
            if (key.Contains(' ')) continue; // the prose comment line
            var value = line[(colon + 1)..].Trim().Replace("\\n", "\n");
            if (!expect.TryGetValue(key, out var values)) expect[key] = values = [];
            values.Add(value);
        }
        return new CleaningFixture(name, text[(split + 5)..], expect);
    }

    public string? One(string key) => Expect.TryGetValue(key, out var v) ? v[0] : null;

    public IEnumerable<string> All(string key) => Expect.TryGetValue(key, out var v) ? v : [];
}
