namespace Sitrep.Nlp.Ner;

/// <summary>The only UNER EWT train file is an unreleased 2022 draft with tags the release dropped:
/// stray B-O/I-O become O; OTH becomes O or MISC (chosen by dev score, see models/MODELS.md).</summary>
public static class DraftTags
{
    public static string Map(string tag, bool othToMisc) => tag switch
    {
        "B-O" or "I-O" => "O",
        "B-OTH" => othToMisc ? "B-MISC" : "O",
        "I-OTH" => othToMisc ? "I-MISC" : "O",
        _ => tag,
    };
}
