using Sitrep.Core;
using Sitrep.Nlp;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Cli.Commands;

/// <summary>The tagger a parser or NER training runs with: the one just trained into --out, else the committed one.
/// Its word lexicon feeds the jackknifed training tags, and it scores the dev set.</summary>
internal static class TrainedTagger
{
    public static PosTagger Load(string outDir)
    {
        var trained = Path.Combine(outDir, NlpModels.TaggerFile);
        return PosTagger.Load(File.Exists(trained) ? trained : ModelFiles.Require("nlp/" + NlpModels.TaggerFile, "sitrep train tagger"));
    }
}
