using System.Reflection;
using Sitrep.Events.Dictionaries;
using Sitrep.Events.Matching;

namespace Sitrep.Events.Coding;

public enum QuantityRole { None, Kill, Injure, Displace, Detain }

public sealed record TriggerDef(string Phrase, bool Verb, string Cameo, QuantityRole Role, bool Violent, bool CountOnly, bool NeedsInstrument);

/// <summary>A generic actor phrase: country ("*" = from context, or IGO / NGO) and CAMEO role.</summary>
public sealed record GenericActor(string Country, string Role, string Name);

/// <summary>Our own lexicons (Resources/*.tsv, embedded): triggers, generic actors, back-references, ISO codes.</summary>
public sealed class EventLexicon
{
    public TokenTrie<TriggerDef> Triggers { get; } = new();
    /// <summary>Noun readings of trigger forms that are also verbs ("an emergency meeting", "the attack").</summary>
    public TokenTrie<TriggerDef> NounTriggers { get; } = new();
    public TokenTrie<GenericActor> Actors { get; } = new();
    public TokenTrie<string> Pronouns { get; } = new();
    public Dictionary<string, string> Iso2To3 { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Iso3To2 { get; } = new(StringComparer.Ordinal);

    private static readonly Lazy<EventLexicon> Bundled = new(() => new EventLexicon());

    public static EventLexicon Default => Bundled.Value;

    private EventLexicon()
    {
        foreach (var f in Rows("triggers.tsv"))
        {
            var verb = f[1] == "V";
            var flags = f.Length > 4 ? f[4] : "";
            var role = f[3] switch
            {
                "kill" => QuantityRole.Kill,
                "injure" => QuantityRole.Injure,
                "displace" => QuantityRole.Displace,
                "detain" => QuantityRole.Detain,
                _ => QuantityRole.None,
            };
            var colon = f[0].IndexOf(':');
            var basePhrase = colon >= 0 ? f[0][..colon] : f[0];
            var def = new TriggerDef(basePhrase, verb, f[2], role, flags.Contains("violent"), flags.Contains("countonly"), flags.Contains("instrument"));
            var forms = new List<string> { basePhrase };
            if (colon >= 0) forms.AddRange(f[0][(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            else
            {
                var words = basePhrase.Split(' ');
                foreach (var form in verb ? Inflection.VerbForms(words[0]) : [Inflection.Plural(words[^1])])
                {
                    var copy = (string[])words.Clone();
                    if (verb) copy[0] = form; else copy[^1] = form;
                    forms.Add(string.Join(' ', copy));
                }
            }
            foreach (var form in forms)
            {
                Triggers.Add(form.Split(' '), def);
                if (!verb) NounTriggers.Add(form.Split(' '), def);
            }
        }
        foreach (var f in Rows("actors.tsv"))
        {
            Actors.Add(f[0].Split(' '), new GenericActor(f[1], f[2], f[3]));
        }
        foreach (var f in Rows("pronouns.tsv")) Pronouns.Add(f[0].Split(' '), f[0]);
        foreach (var f in Rows("iso-countries.tsv"))
        {
            Iso2To3[f[0]] = f[1];
            Iso3To2[f[1]] = f[0];
        }
    }

    internal static IEnumerable<string[]> Rows(string resource)
    {
        foreach (var line in ReadResource(resource).Split('\n'))
        {
            var l = line.TrimEnd('\r');
            if (l.Length == 0 || l[0] == '#') continue;
            yield return l.Split('\t');
        }
    }

    internal static string ReadResource(string name)
    {
        var assembly = typeof(EventLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("Sitrep.Events.Resources." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
