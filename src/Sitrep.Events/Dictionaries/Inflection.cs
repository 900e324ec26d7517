namespace Sitrep.Events.Dictionaries;

/// <summary>Regular English inflection, as PETRARCH generates it for dictionary words.</summary>
public static class Inflection
{
    public static string Plural(string noun)
    {
        if (noun.EndsWith("man", StringComparison.Ordinal)) return noun[..^3] + "men";
        if (noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal)) return noun + "es";
        if (noun.Length > 2 && noun.EndsWith('y') && !IsVowel(noun[^2])) return noun[..^1] + "ies";
        return noun + "s";
    }

    /// <summary>-s, -ed, -ing forms of a verb.</summary>
    public static IEnumerable<string> VerbForms(string verb)
    {
        if (verb.Length < 2) yield break;
        yield return Plural(verb);
        if (verb.EndsWith('e'))
        {
            yield return verb + "d";
            yield return verb[..^1] + "ing";
        }
        else if (verb.Length > 2 && verb.EndsWith('y') && !IsVowel(verb[^2]))
        {
            yield return verb[..^1] + "ied";
            yield return verb + "ing";
        }
        else
        {
            yield return verb + "ed";
            yield return verb + "ing";
            if (verb.Length >= 3 && !IsVowel(verb[^1]) && IsVowel(verb[^2]) && !IsVowel(verb[^3]) && verb[^1] is not ('w' or 'x' or 'y'))
            {
                // "stop" → "stopped", "stopping"
                yield return verb + verb[^1] + "ed";
                yield return verb + verb[^1] + "ing";
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
