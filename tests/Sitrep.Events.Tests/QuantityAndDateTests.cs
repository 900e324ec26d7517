using Sitrep.Core.Pipeline;
using Sitrep.Events.Coding;
using Sitrep.Events.Text;

namespace Sitrep.Events.Tests;

public sealed class QuantityAndDateTests
{
    private static Word[] Words(string text)
    {
        var d = new Document(text);
        new Sitrep.Text.Tokenizer().Process(d);
        return WordView.Build(d).SelectMany(s => s.Words).ToArray();
    }

    [Theory]
    [InlineData("at least 26 civilians", 26, 26, null, false)]
    [InlineData("More than 50,000 Syrians", 50000, 50000, null, false)]
    [InlineData("between 10 and 15 people", 10, 12, 15, false)]
    [InlineData("dozens of people", 24, 36, null, true)]
    [InlineData("twenty-six soldiers", 26, 26, 26, false)]
    [InlineData("up to 300 fighters", null, 300, 300, false)]
    [InlineData("about 2500 medical interns", null, 2500, null, true)]
    public void ParsesCounts(string text, int? low, int? best, int? high, bool estimated)
    {
        var q = QuantityParser.At(Words(text), 0);
        Assert.NotNull(q);
        Assert.Equal((low, best, high, estimated), (q.Low, q.Best, q.High, q.Estimated));
    }

    [Theory]
    [InlineData("on Wednesday", "2016-11-30", "day", "2016-11-30", "2016-11-30")]
    [InlineData("on Monday", "2016-11-28", "day", "2016-11-28", "2016-11-28")]
    [InlineData("Earlier this week", "2016-11-28", "week", "2016-11-28", "2016-11-29")]
    [InlineData("last week", "2016-11-24", "week", "2016-11-21", "2016-11-27")]
    [InlineData("just over two weeks ago", "2016-11-16", "week", "2016-11-13", "2016-11-19")]
    [InlineData("earlier this month", "2016-11-15", "month", "2016-11-01", "2016-11-30")]
    [InlineData("in June", "2016-06-01", "month", "2016-06-01", "2016-06-30")]
    [InlineData("On 9 May 2020", "2020-05-09", "day", "2020-05-09", "2020-05-09")]
    [InlineData("on November 30, 2016", "2016-11-30", "day", "2016-11-30", "2016-11-30")]
    public void ResolvesDatesAgainstPublication(string text, string date, string precision, string earliest, string latest)
    {
        var found = DateResolver.Find(Words(text), new DateOnly(2016, 11, 30));
        var d = Assert.Single(found);
        Assert.Equal(DateOnly.Parse(date), d.Date);
        Assert.Equal(precision, d.Precision);
        Assert.Equal(DateOnly.Parse(earliest), d.Earliest);
        Assert.Equal(DateOnly.Parse(latest), d.Latest);
    }
}
