using Sitrep.Core.Contract;

namespace Sitrep.Store.Dedup;

/// <summary>One article's account of an event, as dedup and reconciliation see it.</summary>
public sealed record Report(string ArticleId, DateOnly? Published, string? Source, string? SentenceText, EventRecord Event);
