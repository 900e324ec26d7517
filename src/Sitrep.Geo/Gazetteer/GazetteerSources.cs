using System.Diagnostics;
using Sitrep.Core;

namespace Sitrep.Geo.Gazetteer;

/// <summary>Shared by build and import: finds the source files and writes the index with a summary line.</summary>
public static class GazetteerSources
{
    public static string Default(string repoRelative, string hint)
    {
        var root = ModelFiles.RootDirectory is { } models ? Path.GetDirectoryName(models)! : Directory.GetCurrentDirectory();
        var path = Path.Combine(root, repoRelative);
        return File.Exists(path) ? path : throw new SitrepException($"{repoRelative} not found ({hint})");
    }

    private static string SharedGeonames(string file, string option) =>
        SharedCorpora.Require(Path.Combine("data", "geonames", file), option);

    public static int Run(string dump, string? admin1, string? admin2, string? countries, string? curated, string? output, string keepClasses)
    {
        if (!File.Exists(dump)) throw new SitrepException($"GeoNames dump not found: {dump}");
        var clock = Stopwatch.StartNew();
        var builder = new GazetteerBuilder(keepClasses);
        var malformed = 0;
        builder.AddDump(dump, (line, problem) =>
        {
            malformed++;
            if (malformed <= 20) Console.Error.WriteLine($"sitrep: {Path.GetFileName(dump)}:{line}: skipped malformed line: {problem}");
        });
        builder.AddAdmin1Codes(admin1 ?? SharedGeonames("admin1CodesASCII.txt", "--admin1"));
        builder.AddAdmin2Codes(admin2 ?? SharedGeonames("admin2Codes.txt", "--admin2"));
        builder.AddCountries(countries ?? Default("tools/gazetteer/node_modules/world-countries/countries.json", "run 'npm ci' in tools/gazetteer first"));
        builder.AddCurated(curated ?? Default("tools/gazetteer/curated.tsv", "the curated TSV is part of the repository"));
        var gazetteer = builder.Build();
        var path = output ?? Path.Combine(ModelFiles.RootDirectory ?? "models", Gazetteer.DefaultRelativePath);
        gazetteer.Save(path);
        if (malformed > 20) Console.Error.WriteLine($"sitrep: … {malformed - 20} more malformed lines skipped");
        Console.WriteLine($"wrote {path}: {gazetteer.Count:N0} entries, {gazetteer.KeyCount:N0} names, {new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB, " +
                          $"{malformed} malformed lines skipped, {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
