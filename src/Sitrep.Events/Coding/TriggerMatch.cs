namespace Sitrep.Events.Coding;

/// <summary>A trigger found in a sentence, and the event assembled around it.</summary>
public sealed class TriggerMatch
{
    public required TriggerDef Def;
    public int First;
    public int Last;
    public string Cameo = "";
    public bool Passive;
    public string? Modality;
    public bool Dropped;
    public ActorMention? Source;
    public ActorMention? Target;
    public Quantity? Count;
    public QuantityRole CountRole;
    /// <summary>Set on the event a clash, battle or firefight joined (<c>EventCoder.MergeViolent</c>): two armed sides,
    /// whoever the dead were.</summary>
    public bool Fighting;
    /// <summary>Counts merged in from other triggers of the same violent event.</summary>
    public readonly Dictionary<QuantityRole, Quantity> Counts = [];
    public int Rank => RankOf(Cameo, Def.CountOnly);
    public int DefRank => RankOf(Def.Cameo, Def.CountOnly);
    private static int RankOf(string cameo, bool countOnly) => cameo switch
    {
        "1831" or "1832" or "1833" or "183" => 6,
        "195" or "1951" or "1952" => 5,
        "194" => 4,
        "193" => 3,
        "202" or "1823" or "180" or "186" => 2,
        _ => countOnly ? 0 : 1,
    };
}
