using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>Convenience wrapper: tags a sentence given as strings (evaluation and training, not the pipeline).</summary>
public sealed class SentenceTagger(PosTagger tagger)
{
    private readonly LexicalSentence _lex = new();
    private readonly PosTagger.Workspace _ws = tagger.CreateWorkspace();

    public string?[] Xpos(IReadOnlyList<string> forms)
    {
        _lex.Reset(forms.Count);
        foreach (var f in forms)
        {
            _lex.Add(f);
        }
        var tags = new int[forms.Count];
        tagger.Tag(_lex, _ws, tags);
        var result = new string?[forms.Count];
        for (var i = 0; i < forms.Count; i++)
        {
            result[i] = tagger.Xpos[tags[i]];
        }
        return result;
    }
}
