using System.CommandLine;
using Sitrep.Geo.Gazetteer;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep gazetteer import allCountries.txt</c>: a full index from the complete GeoNames dump, streamed
/// (only kept feature classes stay in memory); divisions and countries then carry GeoNames' own points.</summary>
public sealed class GazetteerImportCommand : ICliCommand
{
    public string? Parent => "gazetteer";

    public Command Create()
    {
        var dump = new Argument<string>("DUMP") { Description = "GeoNames allCountries.txt (or any dump in the 19-column format)." };
        var classes = new Option<string>("--classes")
        {
            Description = "Feature classes to keep: P places, A divisions, L areas, T terrain, H water, S spots, V vegetation, R roads, U undersea.",
            DefaultValueFactory = _ => "PALTH",
        };
        var admin1 = new Option<string?>("--admin1") { Description = "admin1CodesASCII.txt (default: shared/data/geonames/)." };
        var admin2 = new Option<string?>("--admin2") { Description = "admin2Codes.txt (default: shared/data/geonames/)." };
        var countries = new Option<string?>("--countries") { Description = "world-countries countries.json." };
        var curated = new Option<string?>("--curated") { Description = "Curated TSV (default: tools/gazetteer/curated.tsv)." };
        var output = new Option<string?>("--output", "-o") { Description = "Index to write (default: models/geo/gazetteer.bin.gz)." };
        var command = new Command("import", "Build a full gazetteer index from the complete GeoNames dump (streamed).")
        {
            dump, classes, admin1, admin2, countries, curated, output,
        };
        command.SetAction(parse => GazetteerSources.Run(parse.GetValue(dump)!, parse.GetValue(admin1), parse.GetValue(admin2),
            parse.GetValue(countries), parse.GetValue(curated), parse.GetValue(output), parse.GetValue(classes)!));
        return command;
    }
}
