using Sitrep.Events.Classification;
using Sitrep.Events.Coding;
using Sitrep.Events.Evaluation;
using Sitrep.Events.Text;
using Sitrep.Testing;

namespace Sitrep.Events.Tests;

/// <summary>The note-level death count on real ACLED notes (Burkina Faso file: the Sahel conventions, "One VDP and one
/// civilian were killed", "shot dead a merchant", no count on injuries).</summary>
public sealed class NoteFatalitiesTests
{
    private static int? Count(string text)
    {
        var d = SampleDocument.Code(text, new DateOnly(2020, 5, 9));
        if (CodedFatalities.Find(d.Body) is { } coded) return coded.Count;
        return NoteFatalities.Count(WordView.Build(d))?.Count;
    }

    [Fact]
    public void MatchesAcledOnMostBurkinaNotes()
    {
        var rows = AcledCsv.Read(SharedData.Require("data/events/acled/acled_burkina_faso_1996-2020.csv")).Take(200).ToList();
        var right = rows.Count(r => (Count(r.Notes) ?? 0) == r.Fatalities);
        Assert.True(right >= rows.Count * 0.85, $"fatalities exact on {right}/{rows.Count}");
    }

    [Theory]
    [InlineData("On 11 June 2020, ISGS and JNIM militants reportedly clashed in Datambi (Boundore, Yagha). 13 JNIM militants and 7 ISGS militants were killed.", 20)]
    [InlineData("On 11 November 2020, presumed ISGS militants attacked a volunteer fighter (VDP) position in Tadjo (Gorgadji, Seno). One VDP and one civilian were killed, and one person severely wounded.", 2)]
    [InlineData("On 5 August 2020, presumed ISGS or JNIM militants shot dead a pastoralist man, and seized two motorbikes and livestock in the village of Koare (Fada Ngourma, Gourma).", 1)]
    [InlineData("Reported on 8 March 2020, Taliban militants attacked several ANDSF posts, as a result 3 Taliban militants were killed and 2 injured, in Sangin district, Helmand.", 3)]
    [InlineData("On 2 March 2020, 1 civilian, a tribal elder, was killed by unknown gunmen in the Khowajak Baba area of Kandahar city.", 1)]
    [InlineData("On 11 September 2020, unknown gunmen attacked a police position in Peni (Peni, Houet). No casualties reported.", 0)]
    [InlineData("On 4 May 2020, youth demonstrated in Kibera following the killing of a journalist in the area.", 0)]
    public void CountsKillMentionsOnce(string note, int expected) => Assert.Equal(expected, Count(note) ?? 0);

    [Fact]
    public void NoteModeGivesTheNoteTotalToOneEvent()
    {
        var coder = new EventCoder { AcledClassifier = AcledTypeModel.Default };
        Assert.NotNull(coder.AcledClassifier);
        const string note = "On 6 June 2020, JNIM and ISGS militants clashed in Gnobtenkoagou (Madjoari, Kompienga), 5 ISGS and 2 JNIM militants reportedly killed. Three civilians were also killed.";
        var d = new Sitrep.Text.ArticleCleaner().Clean(new Sitrep.Core.Pipeline.RawArticle { Content = note, Published = new DateOnly(2020, 6, 6) });
        new Sitrep.Text.Tokenizer().Process(d);
        coder.Process(d);
        Assert.Equal(10, d.Events.Sum(e => e.Fatalities?.Best ?? 0));
        var counted = Assert.Single(d.Events, e => e.Fatalities is not null);
        var evidence = Assert.Single(counted.Evidence, v => v.Field == "fatalities");
        Assert.StartsWith("5 ISGS", d.Body[evidence.Start..evidence.End], StringComparison.Ordinal);
    }
}
