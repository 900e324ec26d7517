using System.CommandLine;
using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Core.Pipeline;
using Sitrep.Events;
using Sitrep.Events.Dictionaries;
using Sitrep.Events.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval cameo --records F --dictionaries DIR [--format json]</c>: PETRARCH validation records.</summary>
public sealed class EvalCameoCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var records = new Option<string>("--records") { Description = "PETRARCH validation XML (PETR.UnitTest.records.xml, PETR2_GSR_validation.xml).", Required = true };
        var dictionaries = new Option<string?>("--dictionaries") { Description = "PETRARCH-format dictionaries to code with (default: the committed compiled ones)." };
        var format = CommonOptions.TextOrJson();
        var verbose = new Option<bool>("--verbose") { Description = "Print each record that is not coded exactly." };
        var command = new Command("cameo", "Code PETRARCH validation records and compare with their expected (source, target, event) triples.")
        {
            records, dictionaries, format, verbose,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(dictionaries);
            var dictionary = dir is not null ? CameoDictionary.FromPetrarchDirectory(dir)
                : CameoDictionary.Default ?? throw new SitrepException($"no dictionaries: give --dictionaries DIR or build models/{CameoDictionary.ModelPath} ({CameoDictionary.RebuildCommand})");
            var coder = new EventCoder(dictionary) { UseDictionaryVerbs = true };
            var tokenizer = new Sitrep.Text.Tokenizer();
            // records with a Treebank or CoNLL-U parse are coded over the tree, PETRARCH2-style; the others with the news coder
            var treeCoder = new Sitrep.Events.Petrarch.TreeCoder(dictionary);
            var failedByCategory = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var list = CameoRecords.Read(parse.GetValue(records)!);
            int withEvents = 0, exact = 0, allFound = 0, noEvents = 0, noEventsRight = 0, sentences = 0, expectedTriples = 0, foundTriples = 0;
            var watch = Stopwatch.StartNew();
            foreach (var r in list)
            {
                if (r.Error) continue;
                HashSet<(string, string, string)> produced;
                string? rebuilt = null;
                if (r.HasTreebankParse)
                {
                    var tree = Sitrep.Events.Petrarch.ParseTree.Parse(r.Parse!);
                    produced = treeCoder.Code(tree, r.Date);
                    rebuilt = tree.ToString();
                }
                else if (r.HasConllParse)
                {
                    // UniversalPetrarch's records: the dependency parse rebuilt as the tree the coder walks
                    var tokens = Sitrep.Events.Petrarch.DependencyTree.ReadConll(r.Parse!);
                    var tree = Sitrep.Events.Petrarch.DependencyTree.ToTree(tokens);
                    produced = treeCoder.Code(tree, r.Date, Sitrep.Events.Petrarch.DependencyTree.Words(tokens));
                    rebuilt = tree.ToString();
                }
                else
                {
                    // a record is one sentence, not an article: no cleaning (the cleaner drops short lines)
                    var doc = new Document(System.Text.RegularExpressions.Regex.Replace(r.Text, @"\s+", " ")) { Published = r.Date };
                    tokenizer.Process(doc);
                    coder.Process(doc);
                    produced = doc.Events.Select(e => (e.Actor1?.Code ?? "", e.Actor2?.Code ?? "", e.Cameo)).ToHashSet();
                }
                sentences++;
                if (r.NoEvents || r.Expected.Count == 0)
                {
                    noEvents++;
                    if (produced.Count == 0) noEventsRight++;
                    else if (parse.GetValue(verbose))
                    {
                        Console.Error.WriteLine($"{r.Id}: expected no event got {string.Join(' ', produced)} | {r.Text.Replace('\n', ' ')}");
                        if (rebuilt is not null) Console.Error.WriteLine($"  tree {rebuilt}");
                    }
                    continue;
                }
                withEvents++;
                var expected = r.Expected.ToHashSet();
                expectedTriples += expected.Count;
                foundTriples += expected.Count(produced.Contains);
                if (expected.All(produced.Contains)) allFound++;
                if (expected.SetEquals(produced)) exact++;
                else if (parse.GetValue(verbose))
                {
                    var category = r.Id.Split('-')[0];
                    failedByCategory[category] = failedByCategory.GetValueOrDefault(category) + 1;
                    Console.Error.WriteLine($"{r.Id}: expected {string.Join(' ', expected)} got {string.Join(' ', produced)} | {r.Text.Replace('\n', ' ')}");
                    if (rebuilt is not null) Console.Error.WriteLine($"  tree {rebuilt}");
                }
            }
            var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
            double Share(int k, int n) => n == 0 ? 0 : Math.Round((double)k / n, 4);
            var figures = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["records_with_events"] = withEvents,
                ["exact"] = Share(exact, withEvents),
                ["all_expected_found"] = Share(allFound, withEvents),
                ["triple_recall"] = Share(foundTriples, expectedTriples),
                ["noevent_records"] = noEvents,
                ["noevent_correct"] = Share(noEventsRight, noEvents),
                ["sentences_per_second"] = Math.Round(sentences / seconds, 1),
            };
            foreach (var (category, n) in failedByCategory) Console.Error.WriteLine($"not exact in {category}: {n}");
            CommonOptions.PrintFigures(figures, parse.GetValue(format)!, 22);
            return ExitCodes.Ok;
        });
        return command;
    }
}
