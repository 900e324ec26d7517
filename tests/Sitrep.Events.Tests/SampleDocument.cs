using Sitrep.Core.Pipeline;
using Sitrep.Events;
using Sitrep.Testing;

namespace Sitrep.Events.Tests;

/// <summary>The sample article through cleaning, tokenizing and event coding (once for all tests).</summary>
public static class SampleDocument
{
    private static readonly Lazy<Document> Coded = new(() => Code(File.ReadAllText(SharedData.Sample), new DateOnly(2016, 11, 30)));

    public static Document Get()
    {
        SharedData.Require("samples/aleppo-2016-11-30.txt");
        return Coded.Value;
    }

    public static Document Code(string text, DateOnly published)
    {
        var document = new Sitrep.Text.ArticleCleaner().Clean(new RawArticle { Content = text, Published = published });
        new Sitrep.Text.Tokenizer().Process(document);
        Coder.Process(document);
        return document;
    }

    public static readonly EventCoder Coder = new();

    /// <summary>A tokenized sentence with geoparser places at the first occurrence of each name (a stand-in for the
    /// geo stage: <paramref name="placeAt"/> makes the record for a name and its offset), coded by <paramref name="coder"/>.</summary>
    public static Document CodeWithPlaces(string text, DateOnly published, EventCoder coder,
        Func<string, int, Sitrep.Core.Contract.PlaceRecord> placeAt, params string[] names)
    {
        var document = new Document(text) { Published = published };
        new Sitrep.Text.Tokenizer().Process(document);
        foreach (var name in names)
        {
            document.Places.Add(placeAt(name, text.IndexOf(name, StringComparison.Ordinal)));
        }
        coder.Process(document);
        return document;
    }

    public static string Sentence(Document d, Sitrep.Core.Contract.EventRecord e) => d.Body[e.Sentence.Start..e.Sentence.End];
}
