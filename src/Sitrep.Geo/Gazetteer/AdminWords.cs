namespace Sitrep.Geo.Gazetteer;

/// <summary>Generic words that name a division ("Aleppo province", "Yaroslavl Oblast", "Rapides Parish").</summary>
public static class AdminWords
{
    public static readonly string[] Generic =
    [
        "province", "governorate", "oblast", "region", "district", "county", "parish", "state", "prefecture",
        "department", "municipality", "krai", "kray", "republic", "respublika", "ostan e", "vilayeti", "wilaya",
        "division", "territory", "borough", "canton", "voivodeship",
    ];

    /// <summary>Words after a place name that make it a division mention ("Aleppo province" → the governorate).</summary>
    public static bool IsDivisionWord(ReadOnlySpan<char> foldedWord) =>
        foldedWord is "province" or "governorate" or "oblast" or "region" or "district" or "county" or "parish"
            or "state" or "prefecture" or "department" or "municipality" or "provinces" or "countryside";

    private static readonly HashSet<string> CompassWords =
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "north east", "north west", "south east", "south west", "upper",
        "lower", "middle", "coast", "gulf", "district", "region", "province", "capital", "highlands", "lakes",
    ];

    /// <summary>A division named only by compass and generic words ("Western", "West Coast", "Northern District",
    /// "Gulf"): news uses such words for its own country's parts far more often than for Sri Lanka's or Israel's.</summary>
    public static bool IsCompassName(string foldedName)
    {
        if (foldedName.Length == 0) return false;
        foreach (var word in foldedName.Split(' ', '-'))
        {
            if (word.Length > 0 && !CompassWords.Contains(word)) return false;
        }
        return true;
    }
}
