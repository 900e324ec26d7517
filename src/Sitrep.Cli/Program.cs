using System.CommandLine;
using Sitrep.Cli;
using Sitrep.Core;

var groups = new Dictionary<string, Command>(StringComparer.Ordinal)
{
    ["eval"] = new("eval", "Score a stage against a gold corpus and print its figures (add --format json for machines)."),
    ["train"] = new("train", "Train a model from a corpus; deterministic, seeded."),
    ["gazetteer"] = new("gazetteer", "Build or import the GeoNames index the geoparser resolves places against."),
};

var root = new RootCommand(
    "Sitrep: news articles in, a geolocated, deduplicated database of conflict and humanitarian events out, " +
    "every field backed by a span of the source text (schema sitrep/1).");

var commands = typeof(Program).Assembly.GetTypes()
    .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
    .Select(c => (c.Parent, Command: c.Create()))
    .OrderBy(c => c.Command.Name, StringComparer.Ordinal);

foreach (var (parent, command) in commands)
{
    (parent is null ? root : groups[parent]).Subcommands.Add(command);
}
foreach (var group in groups.Values.Where(g => g.Subcommands.Count > 0))
{
    root.Subcommands.Add(group);
}

try
{
    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
    {
        foreach (var error in parsed.Errors)
        {
            Console.Error.WriteLine($"sitrep: {error.Message}");
        }
        Console.Error.WriteLine("Try 'sitrep --help' or 'sitrep COMMAND --help'.");
        return ExitCodes.BadInput;
    }
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (SitrepException e)
{
    Console.Error.WriteLine($"sitrep: {e.Message}");
    return ExitCodes.BadInput;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // A file that cannot be read or written (missing folder, no permission, disk full) is the machine's, not a bug.
    Console.Error.WriteLine($"sitrep: {e.Message}");
    return ExitCodes.BadInput;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("sitrep: cancelled");
    return ExitCodes.SomeFailed;
}
catch (Exception e)
{
    Console.Error.WriteLine($"sitrep: internal error: {e.GetType().Name}: {e.Message}");
    if (Environment.GetEnvironmentVariable("SITREP_DEBUG") == "1")
    {
        Console.Error.WriteLine(e);
    }
    else
    {
        Console.Error.WriteLine("(set SITREP_DEBUG=1 for details, and please report it)");
    }
    return ExitCodes.Internal;
}
