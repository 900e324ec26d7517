using System.Globalization;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli;

/// <summary>The fictional sample articles in <c>samples/</c>, embedded in the binary so <c>sitrep demo</c> runs on a
/// fresh clone with no arguments. The file name starts with the publication date.</summary>
public static class BundledSamples
{
    private const string Prefix = "Sitrep.Cli.Samples.";

    public static IReadOnlyList<RawArticle> Load()
    {
        var assembly = typeof(BundledSamples).Assembly;
        var articles = new List<RawArticle>();
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }
            var name = resource[Prefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            DateOnly? published = name.Length > 10 && DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : null;
            articles.Add(new RawArticle
            {
                Content = reader.ReadToEnd(),
                Published = published,
                ExternalId = Path.GetFileNameWithoutExtension(name),
                Origin = "samples/" + name,
            });
        }
        return articles;
    }
}
