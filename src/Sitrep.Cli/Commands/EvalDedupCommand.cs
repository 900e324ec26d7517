using System.CommandLine;
using System.Globalization;
using Sitrep.Store;
using Sitrep.Store.Dedup.Eval;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval dedup [--db …]</c>: pairwise precision/recall of cross-article dedup on the hand-made
/// test set (docs/dedup.md), in a fresh store (a temp SQLite file, or the PostgreSQL database given).</summary>
public sealed class EvalDedupCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var db = new Option<string?>("--db")
        {
            Description = "Run against this store instead of a fresh temp SQLite file (PostgreSQL: use an empty database).",
        };
        var command = new Command("dedup", "Pairwise precision/recall of cross-article event dedup on the bundled test set.") { db };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(db);
            var path = given ?? Path.Combine(Path.GetTempPath(), $"sitrep-eval-dedup-{Environment.ProcessId}.db");
            try
            {
                using var store = EventStores.OpenQueryable(path);
                if (store.Counts().Events > 0)
                {
                    throw new Sitrep.Core.SitrepException("eval dedup needs an empty store: the one given already holds events");
                }
                var r = DedupEvaluator.Run(store);
                var c = CultureInfo.InvariantCulture;
                Console.WriteLine($"dedup ({store.Backend}): {r.Reports} reports, {r.GoldClusters} gold events, {r.PredictedEvents} predicted events");
                Console.WriteLine(string.Create(c, $"pairwise precision {r.Precision:F3}  recall {r.Recall:F3}  F1 {r.F1:F3}  (TP {r.TruePositives}, FP {r.FalsePositives}, FN {r.FalseNegatives})"));
            }
            finally
            {
                if (given is null)
                {
                    EventStores.DeleteSqliteFiles(path);
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
