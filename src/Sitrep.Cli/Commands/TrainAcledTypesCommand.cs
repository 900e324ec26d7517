using System.CommandLine;
using System.Diagnostics;
using Sitrep.Events.Classification;
using Sitrep.Events.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train acled-types --csv F|DIR [--holdout] --out FILE</c>: the event coder's ACLED type classifier.</summary>
public sealed class TrainAcledTypesCommand : ICliCommand
{
    public string? Parent => "train";

    public Command Create()
    {
        var csv = new Option<string>("--csv") { Description = "ACLED CSV file or a directory of them (current format).", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write.", DefaultValueFactory = _ => "models/events/acled-types.bin.gz" };
        var holdout = new Option<bool>("--holdout") { Description = "Leave out every fifth row (scored by 'sitrep eval acled --holdout')." };
        var epochs = new Option<int>("--epochs") { Description = "Perceptron passes.", DefaultValueFactory = _ => 8 };
        var dev = new Option<bool>("--dev") { Description = "Print classifier-only dev accuracy (folds index % 5 = 1 and 2, holdout excluded) instead of writing a model." };
        var command = new Command("acled-types", "Train the ACLED event / sub-event / actor-type classifier on ACLED notes.") { csv, output, holdout, epochs, dev };
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var rows = AcledCsv.Read(parse.GetValue(csv)!);
            if (parse.GetValue(dev))
            {
                var scores = AcledTypeTrainer.DevScores(rows, parse.GetValue(epochs));
                for (var i = 0; i < scores.Length; i++)
                {
                    Console.WriteLine($"dev fold {i + 1}: event_type_acc {scores[i].EventType:F4}, sub_event_type_acc {scores[i].SubEventType:F4}, actor1_type_acc {scores[i].Inter1:F4}");
                }
                Console.WriteLine($"dev mean: event_type_acc {(scores[0].EventType + scores[1].EventType) / 2:F4} ({watch.Elapsed.TotalSeconds:F1} s)");
                return ExitCodes.Ok;
            }
            var model = AcledTypeTrainer.Train(rows, parse.GetValue(holdout), parse.GetValue(epochs));
            var path = parse.GetValue(output)!;
            model.Save(path);
            Console.WriteLine($"{rows.Count} rows{(parse.GetValue(holdout) ? " (every fifth held out)" : "")}, {model.SubEventType.Labels.Length} sub-event types, " +
                              $"{model.Inter1.Labels.Length} actor types → {path} ({new FileInfo(path).Length / 1024} KB, {watch.Elapsed.TotalSeconds:F1} s)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
