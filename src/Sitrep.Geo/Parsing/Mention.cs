namespace Sitrep.Geo.Parsing;

/// <summary>A toponym found in the text: the base place name's span (modifiers outside it), and the folded key
/// the gazetteer knows it by.</summary>
public sealed class Mention
{
    public int Start;
    public int End;
    public string Key = "";
    /// <summary>"east", "north-east of" … written with the place, or null.</summary>
    public string? Modifier;
    /// <summary>The name was followed (or preceded) by a division word ("Aleppo province").</summary>
    public bool DivisionHint;
    /// <summary>Written as a settlement ("the town of Saraqib", "Maan town"): a place even where NER reads a person.</summary>
    public bool SettlementCue;
    /// <summary>Start of the next mention when only ", " separates them ("Aleppo, Syria"), else -1.</summary>
    public int CommaNext = -1;
    /// <summary>Unknown to the gazetteer but introduced as a part of a city ("neighbourhood of Jabal Badro").</summary>
    public bool SubCityCue;
    public bool FromNer;
    /// <summary>An adjectival demonym taken as its country's toponym ("Syrian forces"), as GeoWebNews annotates it.</summary>
    public bool Demonym;
    /// <summary>Country table index the caller requires (lookup API hint), or -1.</summary>
    public int CountryFilter = -1;
}
