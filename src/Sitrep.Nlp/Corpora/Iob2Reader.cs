using Sitrep.Core;

namespace Sitrep.Nlp.Corpora;

/// <summary>Reads UNER-style IOB2 (ID, FORM, TAG, ...). <paramref name="mapTag"/> lets training map draft-only tags
/// (OTH, stray B-O); evaluation reads tags as they are.</summary>
public static class Iob2Reader
{
    public static List<NerSentence> Read(string path, Func<string, string>? mapTag = null)
    {
        if (!File.Exists(path))
        {
            throw new SitrepException($"IOB2 file not found: {path}");
        }
        var sentences = new List<NerSentence>();
        var forms = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        var document = 0;
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
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    Flush();
                    document++;
                }
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 3)
            {
                throw new SitrepException($"{path}:{lineNumber}: expected 'ID FORM TAG' tab-separated, found {cols.Length} column(s)");
            }
            var tag = cols[2];
            if (mapTag is not null)
            {
                tag = mapTag(tag);
            }
            if (tag != "O" && !(tag.Length > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-'))
            {
                throw new SitrepException($"{path}:{lineNumber}: '{tag}' is not an IOB2 tag (O, B-TYPE, I-TYPE)");
            }
            forms.Add(cols[1]);
            tags.Add(string.Intern(tag));
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (forms.Count == 0)
            {
                return;
            }
            sentences.Add(new NerSentence { Forms = [.. forms], Tags = [.. tags], Document = document });
            forms.Clear();
            tags.Clear();
        }
    }
}
