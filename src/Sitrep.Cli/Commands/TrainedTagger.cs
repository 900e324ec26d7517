using Sitrep.Core;
using Sitrep.Nlp;

namespace Sitrep.Cli.Commands;

/// <summary>The tagger a dev-set score runs with after training: the one just trained into --out, else the committed one.</summary>
internal static class TrainedTagger
{
    public static string PathFor(string outDir)
    {
        var trained = Path.Combine(outDir, NlpModels.TaggerFile);
        return File.Exists(trained) ? trained : ModelFiles.Require("nlp/" + NlpModels.TaggerFile, "sitrep train tagger");
    }
}
