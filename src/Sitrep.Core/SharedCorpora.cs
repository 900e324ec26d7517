namespace Sitrep.Core;

/// <summary>Finds the research corpora (UD, UNER, CAMEO, the events sets) that commands read by default. They live in
/// <c>shared/</c> beside the repository root (the folder holding <c>Sitrep.slnx</c>), found by walking up from the
/// working directory or the binaries; <c>SITREP_SHARED</c> names another folder. They are read in place, never
/// copied into the repository.</summary>
public static class SharedCorpora
{
    public const string EnvironmentVariable = "SITREP_SHARED";

    private static readonly Lazy<string?> Root = new(() => FindRoot(
        Environment.GetEnvironmentVariable(EnvironmentVariable), [Directory.GetCurrentDirectory(), AppContext.BaseDirectory]));

    /// <summary>The shared folder, whether or not it exists; null when no repository root was found.</summary>
    public static string? RootDirectory => Root.Value;

    /// <summary>Full path of <paramref name="relativePath"/> (e.g. "data/cameo") under the shared folder, or null
    /// when it is not there.</summary>
    public static string? Find(string relativePath) =>
        Root.Value is { } root && Path.Combine(root, relativePath) is var path && (File.Exists(path) || Directory.Exists(path)) ? path : null;

    /// <summary>Like <see cref="Find"/> for the default of <paramref name="option"/>: a missing file is a
    /// <see cref="SitrepException"/> that says how to give one.</summary>
    public static string Require(string relativePath, string option, string valueName = "FILE") =>
        Find(relativePath) ?? throw new SitrepException(
            $"{(Root.Value is { } root ? Path.Combine(root, relativePath) : "shared/" + relativePath + " (no Sitrep.slnx above the working directory or the binaries)")} " +
            $"not found: pass {option} {valueName} or put the corpora in ../shared");

    /// <summary>The environment's folder when set, else <c>../shared</c> beside the first repository root above one
    /// of <paramref name="startDirectories"/>.</summary>
    public static string? FindRoot(string? fromEnvironment, IEnumerable<string> startDirectories)
    {
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }
        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                }
            }
        }
        return null;
    }
}
