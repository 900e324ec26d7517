using Sitrep.Core.Geography;
using Sitrep.Events.Evaluation;
using Sitrep.Geo.Gazetteer;

namespace Sitrep.Cli;

/// <summary>For <c>eval acled</c>: whether any gazetteer entry in the row's country named by a run of 1–4 words of the
/// note (starting with a capital) lies within 25 km of ACLED's point — the share of notes any place choice could get
/// right with this gazetteer (its ceiling). Evaluation only: it reads the gold point.</summary>
public static class LocationCeiling
{
    public static bool WithinReach(Gazetteer gazetteer, AcledRow row, string? iso2)
    {
        if (row.Latitude is not { } lat || row.Longitude is not { } lon) return false;
        var words = new List<(int Start, int End)>();
        var text = row.Notes;
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var s = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            words.Add((s, i));
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(text[words[i].Start])) continue;
            for (var k = i; k < Math.Min(words.Count, i + 4); k++)
            {
                foreach (var e in gazetteer.Lookup(text.AsSpan(words[i].Start, words[k].End - words[i].Start)))
                {
                    var entry = gazetteer[e];
                    if (iso2 is not null && entry.Country != iso2) continue;
                    if (GeoMath.DistanceKm(lat, lon, entry.Lat, entry.Lon) <= 25) return true;
                }
            }
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '\'' or '-' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
