namespace Sitrep.Core;

/// <summary>Finds the committed model and data files (the repository's <c>models/</c> folder) from wherever
/// Sitrep runs: <c>SITREP_MODELS</c>, next to the binaries, or any parent of them / of the working directory.</summary>
public static class ModelFiles
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? RootDirectory => Root.Value;

    /// <summary>Path of a model file such as "nlp/tagger.bin", or null when it is not there.</summary>
    public static string? Find(string relativePath)
    {
        var root = Root.Value;
        if (root is null)
        {
            return null;
        }
        var path = Path.Combine(root, relativePath);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    /// <summary>Like <see cref="Find"/>, but a missing file is a <see cref="SitrepException"/> that says how to build it.</summary>
    public static string Require(string relativePath, string howToBuild) =>
        Find(relativePath) ?? throw new SitrepException(
            $"model file models/{relativePath} not found (looked in {Root.Value ?? "SITREP_MODELS, the binaries' folder and their parents"}); build it with: {howToBuild}");

    private static string? FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SITREP_MODELS");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models");
                if (File.Exists(Path.Combine(candidate, "MODELS.md")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
