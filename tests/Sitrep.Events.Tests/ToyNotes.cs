using Sitrep.Events.Classification;

namespace Sitrep.Events.Tests;

/// <summary>Six fictional notes, two per event type, that the note classifiers' tests train on.</summary>
internal static class ToyNotes
{
    public static readonly (string Note, string Type)[] Notes =
    [
        ("militants clashed with soldiers near the camp", "Battles"),
        ("soldiers and rebels exchanged fire in the hills", "Battles"),
        ("gunmen killed two villagers in their homes", "Violence against civilians"),
        ("unknown gunmen abducted a farmer and killed him", "Violence against civilians"),
        ("residents marched peacefully to demand water", "Protests"),
        ("teachers gathered to protest unpaid salaries", "Protests"),
    ];

    /// <summary>The notes four times over, as classifier examples.</summary>
    public static List<(List<string> Features, string Label)> Data() =>
        [.. Enumerable.Range(0, 4).SelectMany(_ => Notes).Select(n => (NoteFeatures.Of(n.Note), n.Type))];

    /// <summary>Each type maps to itself (the sub-event table of a toy model).</summary>
    public static Dictionary<string, string> TypeMap() =>
        Notes.Select(n => n.Type).Distinct().ToDictionary(t => t, t => t, StringComparer.Ordinal);
}
