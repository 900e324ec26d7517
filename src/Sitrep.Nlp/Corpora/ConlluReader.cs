using Sitrep.Core;

namespace Sitrep.Nlp.Corpora;

/// <summary>Reads CoNLL-U (UD v2) files.</summary>
public static class ConlluReader
{
    public static List<UdSentence> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new SitrepException($"CoNLL-U file not found: {path}");
        }
        var sentences = new List<UdSentence>();
        var rows = new List<string[]>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (line[0] == '#')
            {
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new SitrepException($"{path}:{lineNumber}: expected 10 tab-separated CoNLL-U columns, found {cols.Length}");
            }
            if (cols[0].Contains('-') || cols[0].Contains('.'))
            {
                continue;
            }
            rows.Add(cols);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (rows.Count == 0)
            {
                return;
            }
            var n = rows.Count;
            var s = new UdSentence
            {
                Forms = new string[n], Lemmas = new string[n], Upos = new string[n], Xpos = new string[n],
                Heads = new int[n], DepRels = new string[n],
            };
            for (var i = 0; i < n; i++)
            {
                var c = rows[i];
                s.Forms[i] = c[1];
                s.Lemmas[i] = c[2];
                s.Upos[i] = string.Intern(c[3]);
                s.Xpos[i] = string.Intern(c[4]);
                s.Heads[i] = int.TryParse(c[6], out var h) ? h - 1 : throw new SitrepException($"{path}: bad HEAD '{c[6]}' near line {lineNumber}");
                s.DepRels[i] = string.Intern(c[7]);
            }
            sentences.Add(s);
            rows.Clear();
        }
    }
}
