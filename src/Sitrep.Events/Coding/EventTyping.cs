namespace Sitrep.Events.Coding;

/// <summary>CAMEO → PLOVER (CAMEO2PLOVER-2021) and CAMEO → ACLED (our table + actor rules; Resources/MAPPINGS.md).</summary>
public sealed class EventTyping
{
    private readonly Dictionary<string, (string Type, string? Mode)> _plover = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Type, string Sub)> _acled = new(StringComparer.Ordinal);

    private static readonly Lazy<EventTyping> Bundled = new(() => new EventTyping());

    public static EventTyping Default => Bundled.Value;

    private EventTyping()
    {
        foreach (var raw in EventLexicon.ReadResource("cameo-plover-2021.txt").Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            var colon = line.IndexOf(':');
            if (colon <= 0 || !char.IsDigit(line[0])) continue;
            var code = line[..colon].Trim();
            var fields = line[(colon + 1)..].Split(',');
            var type = fields[0].Trim();
            if (type.Length == 0) continue;
            var mode = fields.Length > 1 ? fields[1].Trim() : "";
            _plover.TryAdd(code, (type, mode.Length == 0 ? null : mode));
        }
        _plover["02"] = ("REQUEST", null);
        _plover["191"] = ("COERCE", "restrict");
        _plover["192"] = ("ASSAULT", "occupy");
        _plover.Remove("201");
        foreach (var f in EventLexicon.Rows("cameo-acled.tsv")) _acled[f[0]] = (f[1], f[2]);
    }

    public (string? Type, string? Mode) Plover(string cameo)
    {
        if (cameo == "201") return (null, null); // displacement: see MAPPINGS.md
        if (_plover.TryGetValue(cameo, out var p)) return p;
        for (var len = cameo.Length - 1; len >= 2; len--)
        {
            if (_plover.TryGetValue(cameo[..len], out p)) return (p.Type, null);
        }
        return (null, null);
    }

    public (string? Type, string? Sub) Acled(string cameo, string? actor1Role, string? actor2Role)
    {
        (string Type, string Sub)? row = null;
        for (var len = cameo.Length; len >= 2; len--)
        {
            if (_acled.TryGetValue(cameo[..len], out var r)) { row = r; break; }
        }
        if (row is null) return (null, null);
        var (type, sub) = row.Value;
        var root = cameo.Length >= 2 ? cameo[..2] : cameo;
        var civilianTarget = actor2Role is "CVL" or "REF";
        if (cameo == "192")
        {
            return actor1Role is "GOV" or "MIL" or "COP"
                ? ("Battles", "Government regains territory")
                : ("Battles", "Non-state actor overtakes territory");
        }
        if (civilianTarget && root is "18" or "19" or "20" && cameo is not ("201" or "181") && type is "Battles")
        {
            return ("Violence against civilians", "Attack");
        }
        if (!civilianTarget && type == "Violence against civilians" && cameo is "180" or "186" or "185"
            && actor2Role is "MIL" or "REB" or "COP" or "INS" or "UAF")
        {
            return ("Battles", "Armed clash");
        }
        return (type, sub);
    }
}
