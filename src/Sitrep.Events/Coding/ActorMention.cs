namespace Sitrep.Events.Coding;

/// <summary>An actor phrase in a sentence (words [First, Last]) and what it codes to.</summary>
public sealed class ActorMention
{
    public int First;
    public int Last;
    /// <summary>Alpha-3, IGO, NGO, or null (take the document's country when <see cref="NeedsCountry"/>).</summary>
    public string? Country;
    public string? Role;
    public string? Role2;
    public string? Name;
    public bool NeedsCountry;
    /// <summary>The country came from a mention nearby ("Syrian troops and … civilians"), not from the words themselves.</summary>
    public bool BorrowedCountry;
    public bool CountryOnly;
    public bool Pronoun;
    public bool UnknownName;
    /// <summary>The word before it is a locative preposition ("in", "at", "near"): more likely a place than a participant.</summary>
    public bool Locative;
    public string? Preposition;
    public Quantity? Quantity;
    /// <summary>For pronouns: the mention they resolve to.</summary>
    public ActorMention? Antecedent;
    /// <summary>"50,000 Syrians": a nationality noun for people.</summary>
    public bool PluralPeople;
    /// <summary>"pro-Ankara rebels", "anti-Kyiv protesters": the place named before it is a side the actor takes, so
    /// its country comes from the document, not from a country mentioned nearby.</summary>
    public bool Affiliated;
    /// <summary>The speaker of a reporting clause ("medics said", "according to X"): a source of the text, not a
    /// participant of the events it reports.</summary>
    public bool Reporter;
    /// <summary>Not a participant at all: a place ("Mosul", "the town of Hammam al-Alil"), a nationality adjective
    /// ("the Syrian conflict") or a reporter.</summary>
    public bool NotParticipant;

    public ActorMention Resolved => Pronoun && Antecedent is not null ? Antecedent : this;

    public string? Code(string? documentCountry)
    {
        var m = Resolved;
        var country = m.Country ?? (m.NeedsCountry ? documentCountry : null);
        if (country is null && m.Role is null) return null;
        return (country ?? "") + (m.Role ?? "") + (m.Role2 ?? "");
    }

    public string? CountryCode(string? documentCountry)
    {
        var m = Resolved;
        return m.Country ?? (m.NeedsCountry ? documentCountry : null);
    }
}
