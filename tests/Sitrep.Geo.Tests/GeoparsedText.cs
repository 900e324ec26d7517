using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;

namespace Sitrep.Geo.Tests;

/// <summary>A test text tokenized and run through the default geoparser, with NER spans given by the test standing in
/// for the NER stage.</summary>
internal static class GeoparsedText
{
    private static readonly Lazy<Geoparser> Default = new(Geoparser.LoadDefault);

    public static Document Parse(string text, params (string Name, string Type)[] entities)
    {
        var doc = new Document(text);
        new Sitrep.Text.Tokenizer().Process(doc);
        foreach (var (name, type) in entities)
        {
            var start = text.IndexOf(name, StringComparison.Ordinal);
            doc.Entities.Add(new EntityRecord { Text = name, Type = type, Start = start, End = start + name.Length });
        }
        Default.Value.Process(doc);
        return doc;
    }
}
