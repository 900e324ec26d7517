namespace Sitrep.Text.Cleaning;

/// <summary>News agency and outlet credits as they appear in copy ("AFP", "(Reuters)", "— AP") mapped to their
/// full names, the form <c>Document.Source</c> carries.</summary>
public static class Agencies
{
    private static readonly Dictionary<string, string> FullNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AFP"] = "Agence France-Presse",
        ["Agence France-Presse"] = "Agence France-Presse",
        ["Agence France Presse"] = "Agence France-Presse",
        ["Reuters"] = "Reuters",
        ["Thomson Reuters"] = "Reuters",
        ["AP"] = "Associated Press",
        ["Associated Press"] = "Associated Press",
        ["The Associated Press"] = "Associated Press",
        ["UPI"] = "United Press International",
        ["United Press International"] = "United Press International",
        ["Xinhua"] = "Xinhua News Agency",
        ["Xinhua News Agency"] = "Xinhua News Agency",
        ["dpa"] = "Deutsche Presse-Agentur",
        ["Deutsche Presse-Agentur"] = "Deutsche Presse-Agentur",
        ["EFE"] = "EFE",
        ["ANSA"] = "ANSA",
        ["PTI"] = "Press Trust of India",
        ["Press Trust of India"] = "Press Trust of India",
        ["IANS"] = "Indo-Asian News Service",
        ["ANI"] = "Asian News International",
        ["Anadolu"] = "Anadolu Agency",
        ["Anadolu Agency"] = "Anadolu Agency",
        ["AA"] = "Anadolu Agency",
        ["TASS"] = "TASS",
        ["SANA"] = "Syrian Arab News Agency",
        ["IRNA"] = "Islamic Republic News Agency",
        ["KUNA"] = "Kuwait News Agency",
        ["WAM"] = "Emirates News Agency",
        ["Bernama"] = "Bernama",
        ["Kyodo"] = "Kyodo News",
        ["Kyodo News"] = "Kyodo News",
        ["Yonhap"] = "Yonhap News Agency",
        ["Bloomberg"] = "Bloomberg",
        ["CNN"] = "CNN",
        ["BBC"] = "BBC",
        ["Al Jazeera"] = "Al Jazeera",
    };

    /// <summary>The full name for a credit, or null when it is not a known agency.</summary>
    public static string? FullName(string credit)
    {
        var key = credit.Trim().Trim('.', ' ');
        return FullNames.TryGetValue(key, out var name) ? name : null;
    }

    /// <summary>A regex alternation of every credit form (longest first, so "Associated Press" beats "AP").</summary>
    internal static string Alternation { get; } = string.Join("|",
        FullNames.Keys.OrderByDescending(k => k.Length).Select(System.Text.RegularExpressions.Regex.Escape));
}
