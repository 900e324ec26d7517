namespace Sitrep.Events.Dictionaries;

/// <summary>An actor code valid in a date window (PETRARCH's dated role lines, YYMMDD). Null bounds are open.</summary>
public sealed record DatedCode(string Code, DateOnly? From, DateOnly? To);

public sealed record ActorEntry(string[] Words, DatedCode[] Codes, string Name)
{
    /// <summary>The next entry listed under the same words ("PRESIDENT BUSH" is both George H. W. and George W.
    /// Bush); <see cref="CameoDictionary.Pick"/> chooses among them by date. Linked when the dictionary is built.</summary>
    public ActorEntry? Homonym { get; internal set; }
}

public sealed record AgentEntry(string[] Words, string Code);

/// <summary>One verb form (possibly multi-word) and the code of its block (or its own override).
/// <see cref="Reverse"/> is the second half of a "[032:033]" code: the event the target does to the source
/// ("left for Minas Tirith" = 032 visit by the source, 033 host by the target); null when there is none.</summary>
public sealed record VerbEntry(string[] Words, string Code, string Block)
{
    public string? Reverse { get; init; }
}

/// <summary>A verb pattern: words/synsets expected before and after the verb, and the code they give ("---" = do not code).</summary>
public sealed record PatternEntry(string Block, string Code, string[][] Before, string[][] After)
{
    public string? Reverse { get; init; }

    /// <summary>How many words the pattern names: the more, the more specific; patterns are tried most specific first.</summary>
    public int Specificity
    {
        get
        {
            var n = 0;
            foreach (var e in Before) n += e.Length;
            foreach (var e in After) n += e.Length;
            return n;
        }
    }
}

/// <summary>A PETRARCH2 verb transformation, "~ a (b . ATTACK) SAY = a b 112": when a verb coded like
/// <see cref="UpperVerb"/> governs a clause coded like <see cref="InnerVerb"/> ("Q" = any code), whose source is the
/// upper source ("a"), another actor ("b") or absent ("_"), the pair becomes one event from the upper source to
/// <see cref="OutTarget"/> ("b": the inner clause's other actor) with <see cref="OutCode"/> ("Q" = the inner code).</summary>
public sealed record TransformationEntry(string UpperVerb, string InnerSource, string InnerTarget, string InnerVerb, string OutTarget, string OutCode);

public sealed record DiscardEntry(string[] Words, bool WholeStory);

/// <summary>Everything read from a set of PETRARCH-format dictionaries, before compiling into tries.</summary>
public sealed class DictionaryEntries
{
    public List<ActorEntry> Actors { get; } = [];
    public List<AgentEntry> Agents { get; } = [];
    public List<VerbEntry> Verbs { get; } = [];
    public List<PatternEntry> Patterns { get; } = [];
    public List<DiscardEntry> Discards { get; } = [];
    public List<TransformationEntry> Transformations { get; } = [];
    /// <summary>Synset name (with the leading &amp;) → its member phrases.</summary>
    public Dictionary<string, List<string[]>> Synsets { get; } = new(StringComparer.Ordinal);
}
