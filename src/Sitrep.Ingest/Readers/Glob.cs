using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Readers;

/// <summary>Shell-style file patterns: <c>*</c> and <c>?</c> within a name, <c>**</c> across folders. A pattern
/// without '/' matches the file name, one with '/' the path relative to the folder given.</summary>
public sealed class Glob
{
    private readonly Regex _regex;
    private readonly bool _matchPath;

    public Glob(string pattern)
    {
        _matchPath = pattern.Contains('/');
        var sb = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                sb.Append(".*");
                i++;
                if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                {
                    i++;
                    sb.Append("/?");
                }
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }
        sb.Append('$');
        _regex = new Regex(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public bool IsMatch(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return _regex.IsMatch(_matchPath ? path : Path.GetFileName(path));
    }
}
