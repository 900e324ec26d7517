namespace Sitrep.Text.Tokenization;

/// <summary>Closed word lists the tokenizer and splitter consult; lookups go through span-keyed views, so the hot
/// path never allocates a string.</summary>
internal static class WordLists
{
    /// <summary>Abbreviations that keep their final period (compared ignoring case). Single capitals ("M.") and
    /// dotted forms ("U.S.", "e.g.") are recognised by shape, not listed.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "sen", "rep", "gov", "lt", "col",
        "capt", "cpt", "sgt", "maj", "adm", "cmdr", "cpl", "pvt", "rev", "hon", "pres", "supt", "det", "insp", "messrs",
        "inc", "ltd", "corp", "co", "bros", "llc", "plc", "dept", "univ", "assn", "assoc", "est", "approx", "vs", "etc",
        "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
        "tues", "wed", "thu", "thur", "thurs", "fri", "ave", "blvd", "rd", "hwy", "calif", "mass", "conn", "ill",
        "wash", "fla", "penn", "pa", "va", "ariz", "colo", "ga", "ky", "md", "mich", "minn", "miss", "mont", "neb",
        "nev", "okla", "ore", "tenn", "tex", "wis", "wyo", "ala", "ark", "del", "kan", "ph", "cf", "viz", "ca", "mins",
        "hrs", "yrs", "sq", "oz", "lb", "lbs", "tel", "ext", "dist", "div", "intl", "natl", "sts", "drs", "ps", "ect",
    };

    /// <summary>Abbreviations that only count as such before a number ("No. 5", "Fig. 3", "pp. 12").</summary>
    private static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "fig", "figs", "vol", "vols", "pp", "art", "sec", "ch", "op", "p",
    };

    /// <summary>Titles: an abbreviation that is never the last word of a sentence.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cpt", "sgt", "maj",
        "adm", "cmdr", "cpl", "pvt", "rev", "hon", "pres", "supt", "det", "insp", "messrs", "st", "mt", "ft", "no",
        "nos", "fig", "vol", "pp", "vs", "cf", "viz",
    };

    /// <summary>Prefixes EWT keeps attached to the hyphen ("e-mail", "non-profit", "mid-July").</summary>
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "cross",
        "psycho", "neo", "socio", "intra", "counter", "micro", "un", "arch", "inter", "ultra", "extra", "hyper",
        "macro", "trans", "bi", "tri", "pan", "mis",
    };

    /// <summary>Words that usually open a sentence: after an abbreviation such as "U.S." or "Inc." the period
    /// ends the sentence only when one of these follows (otherwise "U.S. Army" would split).</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "Or", "So", "If", "When", "While", "After", "Before", "As", "For", "His",
        "Her", "Their", "Its", "Our", "My", "Your", "What", "Why", "How", "Who", "Where", "Some", "Many", "Most",
        "Other", "Others", "One", "Two", "Three", "No", "Not", "Also", "However", "Meanwhile", "Since", "Then",
        "Now", "Yet", "Still", "Thanks", "Thank", "Please", "Let", "Is", "Are", "Do", "Does", "Did", "Can", "Will",
        "Officials", "Police", "Witnesses",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup =
        BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup =
        HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsAbbreviation(ReadOnlySpan<char> word) => word.Length <= 6 && AbbreviationLookup.Contains(word);
    public static bool IsAbbreviationBeforeNumber(ReadOnlySpan<char> word) => word.Length <= 4 && BeforeNumberLookup.Contains(word);
    public static bool IsTitle(ReadOnlySpan<char> word) => word.Length <= 6 && TitleLookup.Contains(word);
    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => word.Length <= 7 && PrefixLookup.Contains(word);
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => word.Length <= 10 && StarterLookup.Contains(word);
}
