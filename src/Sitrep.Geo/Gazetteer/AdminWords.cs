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
}
