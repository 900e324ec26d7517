using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Events.Coding;

/// <summary>Notes that state the coded total ("Fatalities coded as 0 (VoJ reported 2)", "20 fatalities split up
/// between 3 events", "Fatalities split over 2 locations (5)"): that figure is the event's count.</summary>
public static partial class CodedFatalities
{
    [GeneratedRegex(@"(?:[Ff]atalities|deaths)\s+(?:are\s+|were\s+)?(?:coded|recorded)\s+as\s+(\d+)(?:[^.]*?(?:split|spread)\w*\s+(?:up\s+)?(?:between|across|over|among)\s+(\d+))?")]
    private static partial Regex CodedAs();

    [GeneratedRegex(@"(\d+)\s+fatalit\w+\s+(?:are\s+|were\s+)?(?:split|spread)\w*\s+(?:up\s+)?(?:between|across|over|among)\s+(\d+)")]
    private static partial Regex SplitTotal();

    [GeneratedRegex(@"[Ff]atalities\s+(?:are\s+|were\s+)?(?:split|spread)\w*\s+(?:up\s+)?(?:between|across|over|among)\s+\d+\s+\w+\s*\((\d+)\)")]
    private static partial Regex SplitShare();

    /// <summary>The stated count and the span that states it, or null.</summary>
    public static (int Count, int Start, int End)? Find(string body)
    {
        if (!body.Contains("atalit", StringComparison.Ordinal) && !body.Contains("deaths", StringComparison.Ordinal)) return null;
        var share = SplitShare().Match(body);
        if (share.Success) return (Int(share.Groups[1].Value), share.Index, share.Index + share.Length);
        var coded = CodedAs().Match(body);
        if (coded.Success)
        {
            var n = Int(coded.Groups[1].Value);
            if (coded.Groups[2].Success && Int(coded.Groups[2].Value) is var k and > 0) n = (int)Math.Round((double)n / k, MidpointRounding.AwayFromZero);
            return (n, coded.Index, coded.Index + coded.Length);
        }
        var split = SplitTotal().Match(body);
        if (split.Success && Int(split.Groups[2].Value) is var parts and > 0)
        {
            return ((int)Math.Round((double)Int(split.Groups[1].Value) / parts, MidpointRounding.AwayFromZero), split.Index, split.Index + split.Length);
        }
        return null;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
