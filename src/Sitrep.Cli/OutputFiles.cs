using Sitrep.Core;

namespace Sitrep.Cli;

/// <summary>Opens user-given output files before the work starts, so a bad path is one clear
/// <see cref="SitrepException"/> at once, not a failure after a long evaluation.</summary>
public static class OutputFiles
{
    /// <summary>A UTF-8 writer on <paramref name="path"/> (created or replaced); <paramref name="option"/> names the
    /// option that gave it, for the message.</summary>
    public static StreamWriter CreateText(string path, string option)
    {
        if (Directory.Exists(path))
        {
            throw new SitrepException($"{option} {path}: is a directory; give a file name");
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new SitrepException($"{option} {path}: the folder {folder} does not exist");
        }
        try
        {
            return new StreamWriter(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SitrepException($"{option} {path}: cannot write: {e.Message}");
        }
    }
}
