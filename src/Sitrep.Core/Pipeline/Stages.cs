namespace Sitrep.Core.Pipeline;

/// <summary>Cleaning: raw article in, a document with its cleaned body and metadata out.</summary>
public interface IArticleCleaner
{
    Document Clean(RawArticle raw);
}

/// <summary>Every later stage: reads the layers it needs, adds its own. Stages keep no per-document state,
/// so one instance can serve many documents (and threads).</summary>
public interface IDocumentStage
{
    /// <summary>Short name for logs and timings ("tokenize", "tag", "parse", "ner", "geo", "events").</summary>
    string Name { get; }

    void Process(Document document);
}

/// <summary>Web-page extraction: an HTML article in, its main text (paragraphs separated by blank lines) and the
/// metadata the page carries (title, published, byline, source, language) out, as a plain-text article.</summary>
public interface IHtmlExtractor
{
    RawArticle ToText(RawArticle html);
}
