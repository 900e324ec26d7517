namespace Sitrep.Events.Petrarch;

/// <summary>PETRARCH2's internal coding ontology ("PICO", PETR.Internal.Coding.Ontology.txt): each CAMEO code as a
/// number whose hex digits are (statement kind, action, action class, issue), so that a verb governing another
/// verb composes by arithmetic — "agreed to lift sanctions", "asked X to help" (0x2000 + 0x0040 → 023), "would not
/// provide support" (−0xFFFF + 0x0070 → 121). Codes are converted only when they combine or are negated; a result
/// the ontology has no CAMEO code for means "no event".</summary>
public static class CodeOntology
{
    /// <summary>A negated action: "not" subtracts this, "refuse"/"reject" (12x) carry it.</summary>
    public const int Negation = 0xFFFF;

    private const int Say = 0x1000;

    // CAMEO → PICO, in the ontology's order: on the way back the first code listed for a value wins (0x020C → 082).
    private static readonly (string Cameo, int Pico)[] Table =
    [
        ("010", 0x1000), ("011", 0x1000 - Negation), ("012", 0x100C), ("013", 0x1001), ("014", 0x1002), ("015", 0x10A0),
        ("016", 0x10A0 - Negation), ("017", 0x1003), ("018", 0x1004), ("019", 0x1005),
        ("020", 0x2000), ("021", 0x2070), ("0211", 0x2075), ("0212", 0x2076), ("0213", 0x2078), ("0214", 0x207A),
        ("022", 0x2080), ("023", 0x2040), ("0231", 0x2045), ("0232", 0x2046), ("0233", 0x2047), ("0234", 0x2049),
        ("024", 0x2060), ("0241", 0x2061), ("0242", 0x2062), ("0243", 0x2063), ("0244", 0x2064), ("025", 0x2200),
        ("0251", 0x220B), ("0252", 0x220C), ("0253", 0x220D), ("0254", 0x2205), ("0255", 0x220E), ("0256", 0x220F),
        ("026", 0x2010), ("027", 0x2020), ("028", 0x2030),
        ("030", 0x3000), ("031", 0x3070), ("0311", 0x3075), ("0312", 0x3076), ("0313", 0x3078), ("0314", 0x307A),
        ("032", 0x3080), ("033", 0x3040), ("0331", 0x3045), ("0332", 0x3046), ("0333", 0x3047), ("0334", 0x3049),
        ("034", 0x3060), ("0341", 0x3061), ("0342", 0x3062), ("0343", 0x3063), ("0344", 0x3064), ("035", 0x3200),
        ("0351", 0x320B), ("0352", 0x320C), ("0353", 0x320D), ("0354", 0x3205), ("0355", 0x320E), ("0356", 0x320F),
        ("036", 0x3010), ("037", 0x3020), ("038", 0x3230), ("039", 0x3030),
        ("040", 0xB000), ("041", 0xB001), ("042", 0xB002), ("043", 0xB003), ("044", 0xB010), ("045", 0xB030), ("046", 0xB010),
        ("050", 0x0080), ("051", 0x0081), ("052", 0x0082), ("053", 0x0083), ("054", 0x0084), ("055", 0x0085), ("056", 0x0086), ("057", 0x0087),
        ("060", 0x0070), ("061", 0x0075), ("062", 0x0076), ("063", 0x0078), ("064", 0x007A),
        ("070", 0x0040), ("071", 0x0045), ("072", 0x0046), ("073", 0x0047), ("074", 0x0049), ("075", 0x004E),
        ("080", 0x0200), ("081", 0x020B), ("0811", 0x0203), ("0812", 0x0201), ("0813", 0x0204), ("0814", 0x0206),
        ("082", 0x020C), ("083", 0x0260), ("0831", 0x0261), ("0832", 0x0262), ("0833", 0x0263), ("0834", 0x0264),
        ("084", 0x0250), ("0841", 0x020C), ("0842", 0x020C), ("085", 0x0205), ("086", 0x020E), ("0861", 0x0209),
        ("0862", 0x020A), ("0863", 0x0207), ("087", 0x02C0), ("0871", 0x02C9), ("0872", 0x02C1), ("0873", 0x02C6), ("0874", 0x02C2),
        ("090", 0xA000), ("091", 0xA001), ("092", 0xA002), ("093", 0xA003), ("094", 0xA004),
        ("100", 0x4000), ("101", 0x4070), ("1011", 0x4075), ("1012", 0x4076), ("1013", 0x4078), ("1014", 0x407A),
        ("102", 0x4080), ("103", 0x4040), ("1031", 0x4045), ("1032", 0x4046), ("1033", 0x4047), ("1034", 0x4049),
        ("104", 0x4060), ("1041", 0x4061), ("1042", 0x4062), ("1043", 0x4063), ("1044", 0x4064), ("105", 0x4200),
        ("1051", 0x420B), ("1052", 0x420C), ("1053", 0x420D), ("1054", 0x4205), ("1055", 0x420E), ("1056", 0x420F),
        ("106", 0x4010), ("107", 0x4020), ("108", 0x4030),
        ("110", 0x7000), ("111", 0x7001), ("112", 0x70A0), ("1121", 0x70A1), ("1122", 0x70A2), ("1123", 0x70A3),
        ("1124", 0x70A4), ("1125", 0x70A5), ("113", 0x7002), ("114", 0x7003), ("115", 0x7008), ("116", 0x7005),
        // 122–123: the 0x300 mask keeps "refuse to request aid" apart from a plain negated request
        ("120", -Negation), ("121", 0x0070 - Negation), ("1211", 0x0075 - Negation), ("1212", 0x0076 - Negation),
        ("122", 0x2340 - Negation), ("1221", 0x2345 - Negation), ("1222", 0x2346 - Negation), ("1223", 0x2347 - Negation),
        ("1224", 0x2349 - Negation), ("123", 0x2360 - Negation), ("1231", 0x2361 - Negation), ("1232", 0x2362 - Negation),
        ("1233", 0x2363 - Negation), ("1234", 0x2364 - Negation), ("124", 0x0200 - Negation), ("1241", 0x020B - Negation),
        ("1242", 0x020C - Negation), ("1243", 0x020D - Negation), ("1244", 0x0205 - Negation), ("1245", 0x020E - Negation),
        ("1246", 0x02C0 - Negation), ("125", 0x0010 - Negation), ("126", 0x0030 - Negation), ("127", 0x0020 - Negation),
        ("128", 0x0002 - Negation), ("129", 0x0001 - Negation),
        ("130", 0x6000), ("131", 0x6100), ("1311", 0x6140), ("1312", 0x6105), ("1313", 0x6180), ("132", 0x600B),
        ("1321", 0x6003), ("1322", 0x6001), ("1323", 0x6004), ("1324", 0x6006), ("133", 0x600C), ("134", 0x6010),
        ("135", 0x6030), ("136", 0x600E), ("137", 0x6004), ("138", 0x60A0), ("1381", 0x60A1), ("1382", 0x60A2),
        ("1383", 0x60A3), ("1384", 0x60A4), ("1385", 0x60B0), ("139", 0x6005),
        ("140", 0x5000), ("145", 0x50A0),
        ("150", 0x8000), ("151", 0x8001), ("152", 0x8002), ("153", 0x8003), ("154", 0x8004),
        ("160", 0x0100), ("161", 0x0180), ("162", 0x0140), ("1621", 0x0145), ("1622", 0x0146), ("1623", 0x0147),
        ("163", 0x000B), ("164", 0x0110), ("165", 0x0130), ("166", 0x0150), ("1661", 0x0159), ("1662", 0x015A), ("1663", 0x015E),
        ("170", 0x9000), ("171", 0x9010), ("1711", 0x9011), ("1712", 0x9012), ("172", 0x900B), ("1721", 0x9003),
        ("1722", 0x9001), ("1723", 0x9004), ("1724", 0x9006), ("173", 0x9020), ("174", 0x9030), ("175", 0x9040),
        ("180", 0x0090), ("181", 0x0091), ("182", 0x0092), ("1821", 0x0093), ("1822", 0x0094), ("1823", 0x0095),
        ("1824", 0x0096), ("183", 0x0097), ("1831", 0x0098), ("1832", 0x0099), ("1833", 0x009A), ("1834", 0x009B),
        ("184", 0x009C), ("185", 0x009D), ("186", 0x009E),
        ("190", 0x00A0), ("191", 0x00A1), ("192", 0x00A2), ("193", 0x00A3), ("194", 0x00A4), ("195", 0x00A5),
        ("1951", 0x00A6), ("1952", 0x00A7), ("196", 0x00A8),
        ("200", 0x00B0),
    ];

    private static readonly Dictionary<string, int> Forward = BuildForward();
    private static readonly Dictionary<int, string> Backward = BuildBackward();

    private static Dictionary<string, int> BuildForward()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (cameo, pico) in Table) map[cameo] = pico;
        return map;
    }

    private static Dictionary<int, string> BuildBackward()
    {
        var map = new Dictionary<int, string>();
        foreach (var (cameo, pico) in Table) map.TryAdd(pico, cameo);
        // PETRARCH2's one extra reverse entry: "want to attack"
        map.TryAdd(0x30A0, "138");
        return map;
    }

    /// <summary>The ontology value of a CAMEO code; a code the table lacks falls back to its root ("0257" → 025).</summary>
    public static int? ToPico(string cameo)
    {
        if (Forward.TryGetValue(cameo, out var v)) return v;
        return cameo.Length >= 2 && Forward.TryGetValue(cameo[..2] + "0", out v) ? v : null;
    }

    /// <summary>The CAMEO code of an ontology value, or null: the combination names no CAMEO event.</summary>
    public static string? ToCameo(int pico) => Backward.GetValueOrDefault(pico);

    /// <summary>PETRARCH2's <c>combine_code</c>: the upper verb's code with the code of what it governs. A negated
    /// lower code adds; of two statement-level codes the lower wins ("say" + "intend" = intend); a lower code at or
    /// above the upper one wins; otherwise the two add ("intend" 0x3000 + "material cooperation" 0x0070 → 031).</summary>
    public static int Combine(int upper, int lower)
    {
        if (lower <= 0) return lower + upper;
        if (upper > Say && lower > Say) return lower;
        if (lower >= upper) return lower;
        if (upper == Say) return lower;
        if (lower == Say) return upper;
        return upper + lower;
    }

    /// <summary>Two CAMEO codes combined, or null when either is outside the ontology or the result names no event.</summary>
    public static string? Combine(string upper, string lower) =>
        ToPico(upper) is { } u && ToPico(lower) is { } l ? ToCameo(Combine(u, l)) : null;

    /// <summary>"would not provide support": the negated code (060 → 121), or null when CAMEO has no negated form.</summary>
    public static string? Negate(string cameo) => ToPico(cameo) is { } v ? ToCameo(v - Negation) : null;
}
