using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Ner;

public sealed partial class EntityRecognizer
{
    /// <summary>valid[(previous + 1) * classes + c]: BILOU allows c after previous (−1 = sentence start).</summary>
    private readonly bool[] _valid;

    private static bool[] ValidTransitions(int classes)
    {
        var valid = new bool[(classes + 1) * classes];
        for (var p = -1; p < classes; p++)
        {
            var inside = p > 0 && PositionOf(p) is B or I;
            for (var c = 0; c < classes; c++)
            {
                var pos = PositionOf(c);
                valid[(p + 1) * classes + c] = inside ? TypeOf(c) == TypeOf(p) && pos is I or L : c == 0 || pos is B or U;
            }
        }
        return valid;
    }

    /// <summary>Predicts one BILOU class per token into <paramref name="classes"/>; <paramref name="xpos"/> are the
    /// tagger's XPOS tags (features), null entries where none.</summary>
    public void Recognize(LexicalSentence lex, ReadOnlySpan<string?> xpos, Workspace ws, Span<int> classes)
    {
        Prepare(lex, xpos, ws);
        Decode(lex, ws, classes);
        ApplyNameRules(lex, ws, classes);
    }

    /// <summary>Viterbi over valid BILOU sequences: score(c at i | p) = emission(i, c) + transition(p, c) +
    /// state features(i, state of p, c).</summary>
    private void Decode(LexicalSentence lex, Workspace ws, Span<int> classes)
    {
        var n = lex.Count;
        if (n == 0)
        {
            return;
        }
        var count = _weights.Classes;
        var stride = _weights.Stride;
        var states = StateCount;
        for (var p = -1; p < count; p++)
        {
            ws.OneKey[0] = TransitionKey(p);
            _weights.Score(ws.OneKey, ws.Transitions.AsSpan((p + 1) * stride, stride));
        }
        for (var i = 0; i < n; i++)
        {
            ExtractEmission(lex, ws, i);
            _weights.Score(ws.Features.Keys, ws.Emission.AsSpan(i * stride, stride));
        }
        var best = ws.Best;
        var back = ws.Back;
        for (var i = 0; i < n; i++)
        {
            // Row per previous-class state: only the start state at i = 0, never after it.
            for (var s = i == 0 ? 0 : 1; s < (i == 0 ? 1 : states); s++)
            {
                ExtractStateFeatures(lex, ws, i, s, ws.StateFeatures);
                _weights.Score(ws.StateFeatures.Keys, ws.StateRows.AsSpan(s * stride, stride));
            }
            var emission = i * stride;
            for (var c = 0; c < count; c++)
            {
                var cell = i * count + c;
                best[cell] = float.NegativeInfinity;
                back[cell] = -1;
                // The last token cannot leave a span open.
                if (i == n - 1 && PositionOf(c) is B or I)
                {
                    continue;
                }
                var local = ws.Emission[emission + c];
                if (c > 0 && PositionOf(c) is B or U)
                {
                    local += _spanBias[TypeOf(c)];
                }
                if (i == 0)
                {
                    if (_valid[c])
                    {
                        best[cell] = local + ws.Transitions[c] + ws.StateRows[c];
                    }
                    continue;
                }
                var previousRow = (i - 1) * count;
                for (var p = 0; p < count; p++)
                {
                    var before = best[previousRow + p];
                    if (!_valid[(p + 1) * count + c] || before == float.NegativeInfinity)
                    {
                        continue;
                    }
                    var score = before + ws.Transitions[(p + 1) * stride + c] + ws.StateRows[StateOf(p) * stride + c];
                    if (score > best[cell])
                    {
                        best[cell] = score;
                        back[cell] = p;
                    }
                }
                best[cell] += local;
            }
        }
        var last = 0;
        for (var c = 1; c < count; c++)
        {
            if (best[(n - 1) * count + c] > best[(n - 1) * count + last])
            {
                last = c;
            }
        }
        for (var i = n - 1; i >= 0; i--)
        {
            classes[i] = last;
            last = i > 0 ? back[i * count + last] : -1;
        }
    }
}
