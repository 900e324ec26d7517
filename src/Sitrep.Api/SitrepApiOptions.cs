using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Store.Query;

namespace Sitrep.Api;

public sealed class SitrepApiOptions
{
    public required IEventQueryStore Store { get; init; }

    /// <summary>The extraction pipeline (injected by the CLI, which owns the stages). Null: POST /api/articles answers 503.</summary>
    public Func<RawArticle, SitrepRecord>? Extract { get; init; }

    /// <summary>Key that writes must present in <c>X-Api-Key</c> (or <c>Authorization: Bearer</c>). Null: writes are refused.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Largest request body accepted (an article is a few dozen KB; HTML pages rarely exceed 2 MB).</summary>
    public long MaxRequestBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Where to listen, e.g. http://127.0.0.1:5080; port 0 picks a free one.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];
}
