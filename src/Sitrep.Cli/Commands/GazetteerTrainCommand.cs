using System.CommandLine;
using Sitrep.Core;
using Sitrep.Geo;
using Sitrep.Geo.Evaluation;
using Sitrep.Geo.Gazetteer;
using Sitrep.Geo.Parsing;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep gazetteer train --gwn F --lgl F</c>: trains the candidate ranker (averaged perceptron) and
/// writes models/geo/ranker.tsv.</summary>
public sealed class GazetteerTrainCommand : ICliCommand
{
    public string? Parent => "gazetteer";

    public Command Create()
    {
        var gwn = new Option<string?>("--gwn") { Description = "GeoWebNews gold (GWN.xml, public split)." };
        var lgl = new Option<string?>("--lgl") { Description = "LGL gold (lgl.xml, public split)." };
        var output = new Option<string?>("--output", "-o") { Description = "Weights to write (default: models/geo/ranker.tsv)." };
        var command = new Command("train", "Train the geoparser's candidate ranker on GeoNames-tagged gold.") { gwn, lgl, output };
        command.SetAction(parse =>
        {
            var articles = new List<GoldArticle>();
            if (parse.GetValue(gwn) is { } g) articles.AddRange(GoldCorpus.ReadGwn(g));
            if (parse.GetValue(lgl) is { } l) articles.AddRange(GoldCorpus.ReadLgl(l));
            if (articles.Count == 0) throw new SitrepException("give --gwn FILE and/or --lgl FILE");
            var parser = new Geoparser(Gazetteer.LoadDefault(), Ranker.Prior());
            var ranker = RankerTrainer.Train(parser, articles);
            var path = parse.GetValue(output) ?? Path.Combine(ModelFiles.RootDirectory ?? "models", Ranker.DefaultRelativePath);
            ranker.Save(path, $"averaged perceptron, {articles.Count} articles; rebuild: sitrep gazetteer train --gwn GWN.xml --lgl lgl.xml");
            Console.WriteLine($"wrote {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
