using Sitrep.Core;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Ner;

/// <summary>Plain text read at training time for word clusters and capitalisation statistics: every line of the
/// given files (TSV/CSV/JSON structure is just more tokens; CoNLL-U files give their "# text =" lines), split into
/// letter/digit runs and single symbols, kept only as lower-case hashes. Files that are mostly lower-cased (some
/// corpora are) feed the clusters but not the capitalisation counts.</summary>
public sealed class UnlabelledText
{
    public List<ulong[]> Sentences { get; } = [];

    /// <summary>Per lower-cased word: (capitalised, total) counts away from sentence starts.</summary>
    public Dictionary<ulong, (int Upper, int Total)> Case { get; } = [];

    public long Tokens { get; private set; }

    public static UnlabelledText Read(IEnumerable<string> paths, Action<string>? log = null)
    {
        var text = new UnlabelledText();
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Path.GetExtension(f) is ".txt" or ".tsv" or ".csv" or ".json" or ".conllu").Order(StringComparer.Ordinal)
                : File.Exists(path) ? new[] { path } : throw new SitrepException($"unlabelled text: no such file or folder {path}");
            foreach (var file in files)
            {
                text.AddFile(file);
            }
        }
        log?.Invoke($"unlabelled text: {text.Tokens:N0} tokens, {text.Sentences.Count:N0} lines, case counts for {text.Case.Count:N0} words");
        return text;
    }

    private void AddFile(string file)
    {
        var conllu = file.EndsWith(".conllu", StringComparison.Ordinal);
        var lines = new List<ulong[]>();
        var caseCounts = new List<(ulong Word, bool Upper)>();
        long letters = 0, upperInitial = 0, lowerInitial = 0;
        var hashes = new List<ulong>();
        foreach (var raw in File.ReadLines(file))
        {
            var line = raw.AsSpan();
            if (conllu)
            {
                if (!line.StartsWith("# text = ")) continue;
                line = line[9..];
            }
            hashes.Clear();
            var sentenceStart = true;
            var i = 0;
            while (i < line.Length)
            {
                var c = line[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }
                var start = i;
                if (char.IsLetterOrDigit(c))
                {
                    while (i < line.Length && char.IsLetterOrDigit(line[i])) i++;
                }
                else
                {
                    i++;
                }
                var token = line[start..i];
                var lower = Hashing.Lower(token);
                hashes.Add(lower);
                if (char.IsLetter(c))
                {
                    letters++;
                    var upper = char.IsUpper(c);
                    upperInitial += upper ? 1 : 0;
                    lowerInitial += upper ? 0 : 1;
                    if (!sentenceStart) caseCounts.Add((lower, upper));
                    sentenceStart = false;
                }
                else if (c is '.' or '!' or '?' or ':' or '"' or '“' or '\t')
                {
                    sentenceStart = true;
                }
            }
            if (hashes.Count > 0)
            {
                lines.Add([.. hashes]);
                Tokens += hashes.Count;
            }
        }
        Sentences.AddRange(lines);
        // Lower-cased (or upper-cased) corpora would teach that names are not capitalised (or everything is).
        if (letters > 0 && upperInitial * 100 / letters >= 5 && lowerInitial * 100 / letters >= 30)
        {
            foreach (var (w, upper) in caseCounts)
            {
                var c = Case.GetValueOrDefault(w);
                Case[w] = (c.Upper + (upper ? 1 : 0), c.Total + 1);
            }
        }
    }
}
