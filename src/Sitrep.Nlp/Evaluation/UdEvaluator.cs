using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Evaluation;

/// <summary>Tags, lemmatises and (optionally) parses gold-tokenised sentences and scores them.</summary>
public static class UdEvaluator
{
    /// <param name="predictions">Receives the predicted analyses as CoNLL-U (for error analysis); not timed.</param>
    public static UdScores Evaluate(IReadOnlyList<UdSentence> gold, PosTagger tagger, DependencyParser? parser,
        TextWriter? predictions = null)
    {
        var lex = new LexicalSentence();
        var tws = tagger.CreateWorkspace();
        var pws = parser?.CreateWorkspace();
        var tags = new int[512];
        var upos = new string[512];
        var xpos = new string[512];
        var lemmas = new string[512];
        var heads = new int[512];
        var labels = new string[512];
        long words = 0, uposOk = 0, xposOk = 0, lemmaOk = 0, uasOk = 0, lasOk = 0;
        var watch = new CpuWatch();
        foreach (var s in gold)
        {
            var n = s.Count;
            if (tags.Length < n)
            {
                tags = new int[n * 2]; upos = new string[n * 2]; xpos = new string[n * 2]; lemmas = new string[n * 2];
                heads = new int[n * 2]; labels = new string[n * 2];
            }
            watch.Start();
            lex.Reset(n);
            for (var i = 0; i < n; i++)
            {
                lex.Add(s.Forms[i]);
            }
            tagger.Tag(lex, tws, tags);
            for (var i = 0; i < n; i++)
            {
                upos[i] = tagger.Upos[tags[i]];
                xpos[i] = tagger.Xpos[tags[i]];
                lemmas[i] = tagger.Lemmatizer.Lemmatize(s.Forms[i], tags[i], upos[i] == "PROPN");
            }
            if (parser is not null)
            {
                parser.Parse(lex, upos.AsSpan(0, n), xpos.AsSpan(0, n), pws!, heads, labels);
            }
            watch.Stop();
            if (predictions is not null)
            {
                WriteConllu(predictions, s, lemmas, upos, xpos, parser is null ? null : heads, labels);
            }
            for (var i = 0; i < n; i++)
            {
                words++;
                uposOk += upos[i] == s.Upos[i] ? 1 : 0;
                xposOk += xpos[i] == s.Xpos[i] ? 1 : 0;
                lemmaOk += lemmas[i] == s.Lemmas[i] ? 1 : 0;
                if (parser is not null && heads[i] == s.Heads[i])
                {
                    uasOk++;
                    lasOk += Universal(labels[i]).SequenceEqual(Universal(s.DepRels[i])) ? 1 : 0;
                }
            }
        }
        double Pct(long k) => words == 0 ? 0 : 100.0 * k / words;
        return new UdScores(Pct(uposOk), Pct(xposOk), Pct(lemmaOk), parser is null ? null : Pct(uasOk),
            parser is null ? null : Pct(lasOk), (int)words, words / Math.Max(1e-9, watch.Elapsed.TotalSeconds));
    }

    private static void WriteConllu(TextWriter w, UdSentence s, string[] lemmas, string[] upos, string[] xpos,
        int[]? heads, string[] labels)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var head = heads is null ? "_" : (heads[i] + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            w.WriteLine($"{i + 1}\t{s.Forms[i]}\t{lemmas[i]}\t{upos[i]}\t{xpos[i]}\t_\t{head}\t{(heads is null ? "_" : labels[i])}\t_\t_");
        }
        w.WriteLine();
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        var colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
