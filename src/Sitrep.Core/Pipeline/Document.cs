using Sitrep.Core.Contract;

namespace Sitrep.Core.Pipeline;

/// <summary>The unit every stage works on: the cleaned body plus annotation layers that stages add.
/// Offsets are UTF-16 indices into <see cref="Body"/>; tokens and sentences are spans, never copies.</summary>
public sealed class Document
{
    public Document(string body) => Body = body;

    public string Body { get; }

    // Article metadata, filled by cleaning.
    public string? Title { get; set; }
    public DateOnly? Published { get; set; }
    public string? Dateline { get; set; }
    public string? Source { get; set; }
    public string Language { get; set; } = "en";
    public string? ExternalId { get; set; }
    public string? Url { get; set; }
    public string? Byline { get; set; }

    /// <summary>Tokens in body order; stages annotate in place through <c>ref doc.Tokens[i]</c>.</summary>
    public Token[] Tokens { get; set; } = [];
    public Sentence[] Sentences { get; set; } = [];

    public List<EntityRecord> Entities { get; } = [];
    public List<PlaceRecord> Places { get; } = [];
    public List<EventRecord> Events { get; } = [];

    public ReadOnlySpan<char> TextOf(in Token token) => Body.AsSpan(token.Start, token.End - token.Start);
    public ReadOnlySpan<char> TextOf(int start, int end) => Body.AsSpan(start, end - start);

    public string ArticleId => ContentHash.Of(Body);

    public SitrepRecord ToRecord() => new()
    {
        Article = new ArticleRecord
        {
            Id = ArticleId,
            Title = Title,
            Published = Published,
            Dateline = Dateline,
            Source = Source,
            Language = Language,
            Body = Body,
            ExternalId = ExternalId,
            Url = Url,
            Byline = Byline,
        },
        Entities = [.. Entities],
        Places = [.. Places],
        Events = [.. Events],
    };
}

/// <summary>One token: a span of the body plus the linguistic layers (null until a stage fills them).</summary>
public struct Token
{
    public int Start;
    public int End;
    /// <summary>Index of the sentence that holds the token.</summary>
    public int Sentence;
    public string? Upos;
    public string? Xpos;
    public string? Lemma;
    /// <summary>Document-wide index of the head token; -1 for the root (and before parsing).</summary>
    public int Head;
    public string? DepRel;
    /// <summary>BIO entity tag such as "B-PER", null before NER.</summary>
    public string? Entity;
    /// <summary>True when the token is followed directly by the next one (no whitespace between).</summary>
    public bool NoSpaceAfter;

    public Token(int start, int end)
    {
        Start = start;
        End = end;
        Head = -1;
    }

    public readonly int Length => End - Start;
}

/// <summary>A sentence: its character span and its token range [FirstToken, FirstToken + TokenCount).</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public int TokenEnd => FirstToken + TokenCount;
}
