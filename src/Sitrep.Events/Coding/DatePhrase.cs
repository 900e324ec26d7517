using System.Globalization;
using Sitrep.Events.Text;

namespace Sitrep.Events.Coding;

/// <summary>A resolved date phrase over words [First, Last]: the date, its precision and the range it allows.</summary>
public sealed record DatePhrase(DateOnly Date, string Precision, DateOnly Earliest, DateOnly Latest, int First, int Last, bool AfterSince, int SinceIndex = -1);

/// <summary>Resolves "on Wednesday", "earlier this week", "last week", "just over two weeks ago", "earlier this month",
/// "in June", "30 November 2016", "November 30, 2016" against the publication date.</summary>
public static class DateResolver
{
    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static int Month(string w)
    {
        for (var m = 0; m < 12; m++)
        {
            if (w == Months[m] || (w.Length >= 3 && Months[m].StartsWith(w, StringComparison.Ordinal) && w.Length <= 4 && w != "may" && w != "mar")) return m + 1;
        }
        return w == "may" ? 5 : 0;
    }

    private static int Day(string w)
    {
        for (var d = 0; d < 7; d++) if (w == Days[d]) return d;
        return -1;
    }

    public static List<DatePhrase> Find(Word[] w, DateOnly? published)
    {
        var list = new List<DatePhrase>();
        for (var i = 0; i < w.Length; i++)
        {
            var found = At(w, i, published);
            if (found is null) continue;
            var since = -1;
            for (var k = Math.Max(0, i - 10); k < i; k++) if (w[k].Norm == "since") since = k;
            list.Add(found with { AfterSince = since >= 0, SinceIndex = since });
            i = found.Last;
        }
        return list;
    }

    private static bool Is(Word[] w, int i, string s) => i >= 0 && i < w.Length && w[i].Norm == s;

    private static int Int(Word[] w, int i, int min, int max)
    {
        if (i < 0 || i >= w.Length) return -1;
        var n = w[i].Norm;
        if (n.EndsWith("th", StringComparison.Ordinal) || n.EndsWith("st", StringComparison.Ordinal) || n.EndsWith("nd", StringComparison.Ordinal) || n.EndsWith("rd", StringComparison.Ordinal)) n = n[..^2];
        return int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? v : -1;
    }

    private static DatePhrase Day1(DateOnly d, int first, int last) => new(d, "day", d, d, first, last, false);

    private static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static DatePhrase? At(Word[] w, int i, DateOnly? published)
    {
        var n = w[i].Norm;
        // explicit: "30 November 2016", "9 May 2020", "November 30, 2016", "2016-11-30"
        var day = Int(w, i, 1, 31);
        if (day > 0 && i + 1 < w.Length && Month(w[i + 1].Norm) is var mo && mo > 0 && w[i + 1].Capitalized)
        {
            var year = Int(w, i + 2, 1900, 2100);
            var y = year > 0 ? year : Guess(published, mo);
            return Valid(y, mo, day) is { } d ? Day1(d, i, year > 0 ? i + 2 : i + 1) : null;
        }
        var month = w[i].Capitalized ? Month(n) : 0;
        if (month > 0 && n.Length >= 3)
        {
            var dd = Int(w, i + 1, 1, 31);
            if (dd > 0)
            {
                var j = i + 1;
                if (Is(w, j + 1, ",")) j++;
                var year = Int(w, j + 1, 1900, 2100);
                var y = year > 0 ? year : Guess(published, month);
                return Valid(y, month, dd) is { } d ? Day1(d, i, year > 0 ? j + 1 : i + 1) : null;
            }
            if ((Is(w, i - 1, "in") || Is(w, i - 1, "since") || Is(w, i - 1, "early") || Is(w, i - 1, "late") || Is(w, i - 1, "mid")) && n != "may" && n != "march" || (n is "may" or "march" && Is(w, i - 1, "in")))
            {
                var year = Int(w, i + 1, 1900, 2100);
                var y = year > 0 ? year : Guess(published, month);
                if (y <= 0) return null;
                var first = new DateOnly(y, month, 1);
                var lastDay = first.AddMonths(1).AddDays(-1);
                return new DatePhrase(first, "month", first, lastDay, i - 1, year > 0 ? i + 1 : i, false);
            }
        }
        if (published is not { } p) return null;
        var wd = Day(n);
        if (wd >= 0)
        {
            var pubDay = ((int)p.DayOfWeek + 6) % 7;
            var back = (pubDay - wd + 7) % 7;
            var d = p.AddDays(-back);
            var first = Is(w, i - 1, "on") || Is(w, i - 1, "last") ? i - 1 : i;
            if (Is(w, i - 1, "last") && back == 0) d = d.AddDays(-7);
            return Day1(d, first, i);
        }
        if (n is "today" or "tonight") return Day1(p, i, i);
        if (n is "yesterday") return Day1(p.AddDays(-1), i, i);
        if (n is "last" && Is(w, i + 1, "night")) return Day1(p.AddDays(-1), i, i + 1);
        var earlier = n is "earlier" or "early";
        var k = earlier ? i + 1 : i;
        if (Is(w, k, "this") && Is(w, k + 1, "week"))
        {
            var mon = MondayOf(p);
            var latest = earlier && p > mon ? p.AddDays(-1) : p;
            return new DatePhrase(Mid(mon, latest), "week", mon, latest, i, k + 1, false);
        }
        if (Is(w, k, "this") && Is(w, k + 1, "month"))
        {
            var first = new DateOnly(p.Year, p.Month, 1);
            return new DatePhrase(Mid(first, p), "month", first, p, i, k + 1, false);
        }
        if (n is "last" or "past" && Is(w, i + 1, "week"))
        {
            var mon = MondayOf(p).AddDays(-7);
            return new DatePhrase(Mid(mon, mon.AddDays(6)), "week", mon, mon.AddDays(6), i, i + 1, false);
        }
        if (n is "last" && Is(w, i + 1, "month"))
        {
            var first = new DateOnly(p.Year, p.Month, 1).AddMonths(-1);
            var last = first.AddMonths(1).AddDays(-1);
            return new DatePhrase(first, "month", first, last, i, i + 1, false);
        }
        // "(just over) two weeks ago", "three days ago"
        var q = i;
        if (n is "just" && (Is(w, i + 1, "over") || Is(w, i + 1, "under"))) q = i + 2;
        else if (n is "over" or "nearly" or "almost" or "about" or "some") q = i + 1;
        var num = QuantityParser.Number(w, q);
        var count = num.Length > 0 ? num.Value : (Is(w, q, "a") ? 1 : -1);
        var len = num.Length > 0 ? num.Length : 1;
        if (count > 0 && count < 400 && q + len + 1 < w.Length + 1 && Is(w, q + len + 1, "ago"))
        {
            var unit = w[q + len].Norm;
            var days = unit switch { "day" or "days" => 1, "week" or "weeks" => 7, "month" or "months" => 30, "year" or "years" => 365, _ => 0 };
            if (days == 0) return null;
            var d = p.AddDays(-count * days);
            var precision = days == 1 ? "day" : days == 7 ? "week" : days == 30 ? "month" : "year";
            var slack = days == 1 ? 0 : days / 2;
            return new DatePhrase(d, precision, d.AddDays(-slack), d.AddDays(slack), i, q + len + 1, false);
        }
        return null;
    }

    private static DateOnly Mid(DateOnly a, DateOnly b) => a.AddDays((b.DayNumber - a.DayNumber) / 2);

    private static int Guess(DateOnly? published, int month) =>
        published is { } p ? (month > p.Month + 1 ? p.Year - 1 : p.Year) : -1;

    private static DateOnly? Valid(int y, int m, int d) =>
        y > 0 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
}
