namespace Sitrep.Testing;

/// <summary>Finds the corpora in <c>../shared/</c> beside the repository, as the commands do
/// (<see cref="Sitrep.Core.SharedCorpora"/>). Where they are absent — a user's clone —
/// a test that needs them is skipped with the reason; with CI=true a missing file fails the test.</summary>
public static class SharedData
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Full path of <paramref name="relativePath"/> under shared/ (e.g. "samples/aleppo-2016-11-30.txt"),
    /// or skips (fails in CI) the calling test.</summary>
    public static string Require(string relativePath)
    {
        if (Sitrep.Core.SharedCorpora.Find(relativePath) is { } path)
        {
            return path;
        }
        var reason = $"shared/{relativePath} is not available (looked beside the repository and in SITREP_SHARED)";
        if (InCi)
        {
            Assert.Fail(reason + " — CI=true, so this is a failure");
        }
        Assert.Skip(reason);
        return null!;
    }

    public static string Sample => Require("samples/aleppo-2016-11-30.txt");

    /// <summary><paramref name="path"/>, a file a system package installs (.ci/run installs it), or skips (fails in CI)
    /// the calling test with <paramref name="install"/> as the hint.</summary>
    public static string RequireSystem(string path, string install)
    {
        if (File.Exists(path))
        {
            return path;
        }
        var reason = $"{path} is not installed ({install})";
        if (InCi)
        {
            Assert.Fail(reason + " — CI=true, so this is a failure");
        }
        Assert.Skip(reason);
        return null!;
    }
}

/// <summary>The repository root (holds Sitrep.slnx), for tests that run the CLI or read committed files.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root (Sitrep.slnx) not found above " + AppContext.BaseDirectory);
    }
}
