using System.CommandLine;
using System.Diagnostics;
using Sitrep.Events.Dictionaries;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train events-dictionaries --dictionaries DIR --out FILE</c>: compiles PETRARCH-format
/// dictionaries into the coder's committed model (models/events/cameo-dictionaries.tsv.gz).</summary>
public sealed class TrainEventDictionariesCommand : ICliCommand
{
    public string? Parent => "train";

    public Command Create()
    {
        var dictionaries = new Option<string>("--dictionaries")
        {
            Description = "Directory of PETRARCH-format dictionaries (verbs, actors, agents, discards).",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "Compiled dictionary to write.",
            DefaultValueFactory = _ => "models/events/cameo-dictionaries.tsv.gz",
        };
        var command = new Command("events-dictionaries", "Compile PETRARCH-format CAMEO dictionaries for the event coder.")
        {
            dictionaries, output,
        };
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var compiled = CameoDictionary.FromPetrarchDirectory(parse.GetValue(dictionaries)!);
            var path = parse.GetValue(output)!;
            compiled.Save(path);
            Console.WriteLine($"actors {compiled.Entries.Actors.Count}, agents {compiled.Entries.Agents.Count}, verb forms {compiled.Entries.Verbs.Count}, " +
                              $"patterns {compiled.Entries.Patterns.Count}, synsets {compiled.Entries.Synsets.Count}, discards {compiled.Entries.Discards.Count} → {path} " +
                              $"({new FileInfo(path).Length / 1024} KB, {watch.ElapsedMilliseconds} ms)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
