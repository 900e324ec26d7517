namespace Sitrep.Geo.Parsing;

/// <summary>The ranker's feature layout (indexes into one double[] per candidate).</summary>
public static class CandidateFeatures
{
    public const int LogPopulation = 0;
    public const int IsCountry = 1;
    public const int IsAdmin1 = 2;
    public const int IsAdmin2 = 3;
    public const int IsRegion = 4;
    public const int IsCapital = 5;
    public const int IsAdminSeat = 6;
    public const int IsOtherPlace = 7;
    public const int IsTopPrior = 8;
    public const int ExactName = 9;
    public const int ContextCountryShare = 10;
    public const int TopContextCountry = 11;
    public const int DatelineCountry = 12;
    public const int CommaParent = 13;
    public const int Admin1Mentioned = 14;
    public const int DivisionHintAdmin = 15;
    public const int DivisionHintNotAdmin = 16;
    public const int Proximity = 17;
    public const int IsUs = 18;
    public const int LogCandidates = 19;
    public const int ContextCapital = 20;
    public const int NoContextCountry = 21;
    public const int SameAdmin1AsContext = 22;
    public const int NearOther = 23;
    public const int SameAdmin1AsOther = 24;
    /// <summary>A country whose own name is the mention ("Mexico" the country, not Mexico City).</summary>
    public const int ExactCountry = 25;
    /// <summary>A division whose name a big city (≥ 500k) among the candidates shares ("New York" state vs city).</summary>
    public const int Admin1WithBigCity = 26;
    /// <summary>That big city, when a division shares its name.</summary>
    public const int BigCityWithAdmin1 = 27;
    public const int Count = 28;

    public static readonly string[] Names =
    [
        "log_population", "is_country", "is_admin1", "is_admin2", "is_region", "is_capital", "is_admin_seat",
        "is_other_place", "is_top_prior", "exact_name", "context_country_share", "top_context_country",
        "dateline_country", "comma_parent", "admin1_mentioned", "division_hint_admin", "division_hint_not_admin",
        "proximity", "is_us", "log_candidates", "context_capital", "no_context_country", "same_admin1_as_context",
        "near_other", "same_admin1_as_other", "exact_country", "admin1_with_big_city", "big_city_with_admin1",
    ];
}
