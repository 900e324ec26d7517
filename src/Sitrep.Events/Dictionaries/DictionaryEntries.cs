namespace Sitrep.Events.Dictionaries;

/// <summary>An actor code valid in a date window (PETRARCH's dated role lines, YYMMDD). Null bounds are open.</summary>
public sealed record DatedCode(string Code, DateOnly? From, DateOnly? To);

public sealed record ActorEntry(string[] Words, DatedCode[] Codes, string Name);

public sealed record AgentEntry(string[] Words, string Code);

/// <summary>One verb form (possibly multi-word) and the code of its block (or its own override).</summary>
public sealed record VerbEntry(string[] Words, string Code, string Block);

/// <summary>A verb pattern: words/synsets expected before and after the verb, and the code they give ("---" = do not code).</summary>
public sealed record PatternEntry(string Block, string Code, string[][] Before, string[][] After);

public sealed record DiscardEntry(string[] Words, bool WholeStory);

/// <summary>Everything read from a set of PETRARCH-format dictionaries, before compiling into tries.</summary>
public sealed class DictionaryEntries
{
    public List<ActorEntry> Actors { get; } = [];
    public List<AgentEntry> Agents { get; } = [];
    public List<VerbEntry> Verbs { get; } = [];
    public List<PatternEntry> Patterns { get; } = [];
    public List<DiscardEntry> Discards { get; } = [];
    /// <summary>Synset name (with the leading &amp;) → its member phrases.</summary>
    public Dictionary<string, List<string[]>> Synsets { get; } = new(StringComparer.Ordinal);
}
