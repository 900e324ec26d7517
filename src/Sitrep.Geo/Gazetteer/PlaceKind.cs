namespace Sitrep.Geo.Gazetteer;

/// <summary>What an entry stands for; drives the <c>precision</c> field and the ranker's prior.</summary>
public enum PlaceKind : byte
{
    /// <summary>A populated place or other point feature.</summary>
    Place = 0,
    Admin2 = 1,
    Admin1 = 2,
    Country = 3,
    /// <summary>Continents and regions ("Europe", "Middle East").</summary>
    Region = 4,
}
