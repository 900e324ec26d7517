using Sitrep.Core;

namespace Sitrep.Text.Evaluation;

/// <summary>The raw text of a CoNLL-U file rebuilt as a document (sentences joined by a space, paragraphs and
/// documents by a blank line) with the gold surface tokens and sentences as character spans of it.</summary>
public sealed class ConlluText
{
    public required string Text { get; init; }
    public required List<(int Start, int End)> GoldTokens { get; init; }
    public required List<(int Start, int End)> GoldSentences { get; init; }

    /// <summary>Reads <paramref name="path"/>; <paramref name="maxSentences"/> limits it to a leading slice.</summary>
    public static ConlluText Load(string path, int maxSentences = int.MaxValue)
    {
        if (!File.Exists(path)) throw new SitrepException($"{path}: no such file");
        using var reader = new StreamReader(path);
        return Parse(reader, path, maxSentences);
    }

    public static ConlluText Parse(TextReader reader, string name, int maxSentences = int.MaxValue)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<(int, int)>();
        var sentences = new List<(int, int)>();
        string? sentenceText = null;
        var newParagraph = false;
        var forms = new List<string>();
        var multiwordEnd = 0;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (sentenceText is not null || forms.Count > 0)
                {
                    AddSentence();
                    if (sentences.Count >= maxSentences) break;
                }
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# newpar", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    newParagraph = true;
                }
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    sentenceText = line[9..];
                }
                continue;
            }
            var tab = line.IndexOf('\t');
            var second = tab < 0 ? -1 : line.IndexOf('\t', tab + 1);
            if (second < 0) throw new SitrepException($"{name}:{lineNumber}: not a CoNLL-U token line");
            var id = line.AsSpan(0, tab);
            if (id.Contains('.')) continue; // empty node: no surface text
            var dash = id.IndexOf('-');
            if (dash > 0)
            {
                multiwordEnd = ParseId(id[(dash + 1)..]);
                forms.Add(line[(tab + 1)..second]);
                continue;
            }
            if (multiwordEnd > 0 && ParseId(id) <= multiwordEnd) continue; // a word of the multiword token above
            multiwordEnd = 0;
            forms.Add(line[(tab + 1)..second]);
        }
        if (sentenceText is not null || forms.Count > 0) AddSentence();
        return new ConlluText { Text = text.ToString(), GoldTokens = tokens, GoldSentences = sentences };

        int ParseId(ReadOnlySpan<char> id) => int.TryParse(id, out var n)
            ? n
            : throw new SitrepException($"{name}:{lineNumber}: '{id}' is not a CoNLL-U word id");

        void AddSentence()
        {
            if (sentenceText is null) throw new SitrepException($"{name}:{lineNumber}: sentence without '# text = '");
            if (text.Length > 0) text.Append(newParagraph ? "\n\n" : " ");
            var offset = text.Length;
            text.Append(sentenceText);
            // Gold tokens as spans of the text: each form's non-space characters, in order.
            var p = 0;
            var first = -1;
            var last = -1;
            foreach (var form in forms)
            {
                int start = -1, end = -1;
                foreach (var c in form)
                {
                    if (char.IsWhiteSpace(c)) continue;
                    while (p < sentenceText.Length && char.IsWhiteSpace(sentenceText[p])) p++;
                    if (p >= sentenceText.Length || sentenceText[p] != c)
                    {
                        throw new SitrepException($"{name}:{lineNumber}: token '{form}' does not match the sentence text");
                    }
                    if (start < 0) start = p;
                    end = ++p;
                }
                if (start < 0) continue;
                tokens.Add((offset + start, offset + end));
                if (first < 0) first = offset + start;
                last = offset + end;
            }
            if (first >= 0) sentences.Add((first, last));
            sentenceText = null;
            newParagraph = false;
            forms.Clear();
            multiwordEnd = 0;
        }
    }
}
