namespace Sitrep.Geo.Gazetteer;

/// <summary>One line of a GeoNames dump (cities500.txt, allCountries.txt): the columns the gazetteer keeps.</summary>
public sealed record GeonamesRow(
    long Id,
    string Name,
    string AsciiName,
    string AlternateNames,
    double Lat,
    double Lon,
    char FeatureClass,
    string FeatureCode,
    string Country,
    string Admin1,
    string Admin2,
    long Population);
