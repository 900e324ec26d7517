using Sitrep.Core;
using Sitrep.Core.Pipeline;
using Sitrep.Nlp.Ner;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Stages;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp;

/// <summary>The committed linguistic models (models/nlp/) and the pipeline stages built on them.</summary>
public sealed class NlpModels
{
    public const string TaggerFile = "tagger.bin.gz";
    public const string ParserFile = "parser.bin.gz";
    public const string NerFile = "ner.bin.gz";

    private static readonly Lazy<NlpModels> Default = new(() => new NlpModels(
        PosTagger.Load(ModelFiles.Require("nlp/" + TaggerFile, "sitrep train tagger --train en_ewt-ud-train.conllu --out models/nlp")),
        DependencyParser.Load(ModelFiles.Require("nlp/" + ParserFile, "sitrep train parser --train en_ewt-ud-train.conllu --out models/nlp")),
        EntityRecognizer.Load(ModelFiles.Require("nlp/" + NerFile, "sitrep train ner --train en_ewt-ud-train.iob2 --out models/nlp"))));

    public NlpModels(PosTagger tagger, DependencyParser parser, EntityRecognizer ner)
    {
        Tagger = tagger;
        Parser = parser;
        Ner = ner;
        TagStage = new TagStage(tagger);
        ParseStage = new ParseStage(parser);
        NerStage = new NerStage(ner);
    }

    public IDocumentStage TagStage { get; }
    public IDocumentStage ParseStage { get; }
    public IDocumentStage NerStage { get; }

    public PosTagger Tagger { get; }
    public DependencyParser Parser { get; }
    public EntityRecognizer Ner { get; }

    /// <summary>The committed models, loaded once per process.</summary>
    public static NlpModels LoadDefault() => Default.Value;

    public static NlpModels Load(string directory) => new(
        PosTagger.Load(Path.Combine(directory, TaggerFile)),
        DependencyParser.Load(Path.Combine(directory, ParserFile)),
        EntityRecognizer.Load(Path.Combine(directory, NerFile)));

    /// <summary>tag (UPOS, XPOS, lemma), parse, ner — in pipeline order, after the tokenizer.</summary>
    public IReadOnlyList<IDocumentStage> Stages() => [TagStage, ParseStage, NerStage];
}
