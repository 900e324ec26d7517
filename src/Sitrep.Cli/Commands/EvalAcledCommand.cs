using System.CommandLine;
using Sitrep.Core;
using Sitrep.Core.Pipeline;
using Sitrep.Events;
using Sitrep.Events.Classification;
using Sitrep.Events.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval acled --csv F [--limit N] [--holdout | --dev] [--case2021 F] [--format json]</c>.</summary>
public sealed class EvalAcledCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var csv = new Option<string?>("--csv") { Description = "ACLED CSV (current format) or a directory of them." };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N notes." };
        var holdout = new Option<bool>("--holdout") { Description = "Score only every fifth row (the rows 'train acled-types --holdout' left out)." };
        var dev = new Option<bool>("--dev") { Description = "Score only the rows with index % 5 = 1 (outside the holdout): for tuning and error analysis." };
        var case2021 = new Option<string?>("--case2021") { Description = "CASE 2021 task 2 TSV (id, EventSnippet, SubType): sub-event type accuracy." };
        var model = new Option<string?>("--model") { Description = "ACLED type model (default models/events/acled-types.bin.gz)." };
        var errors = new Option<string?>("--errors") { Description = "Write one TSV line per mismatch (field, gold, predicted, note) to this file, for error analysis." };
        var format = CommonOptions.TextOrJson();
        var command = new Command("acled", "Run the event coder on ACLED notes and compare with ACLED's coding.") { csv, limit, holdout, dev, case2021, model, errors, format };
        command.SetAction(parse =>
        {
            var csvPath = parse.GetValue(csv);
            var casePath = parse.GetValue(case2021);
            if (csvPath is null && casePath is null) throw new SitrepException("give --csv F (ACLED) and/or --case2021 F");
            var modelPath = parse.GetValue(model);
            var types = modelPath is not null ? AcledTypeModel.Load(InputFiles.RequireFile(modelPath)) : AcledTypeModel.Default;
            var pipeline = Pipeline(types);
            Document Run(RawArticle a) => pipeline.Run(a);
            // each ACLED row names its country: the coder keeps places inside it (one pipeline per country, models shared)
            var byCountry = new Dictionary<string, SitrepPipeline>(StringComparer.Ordinal);
            var isoOf = new Dictionary<string, string?>(StringComparer.Ordinal);
            // ACLED's country name → ISO alpha-2, when the gazetteer knows it as a country (PCL*)
            string? Iso2(string country)
            {
                if (!isoOf.TryGetValue(country, out var iso2))
                {
                    isoOf[country] = iso2 = Sitrep.Geo.Geoparser.Shared.Resolve(country) is { FeatureCode: { } fc } c && fc.StartsWith("PCL", StringComparison.Ordinal) ? c.Country : null;
                }
                return iso2;
            }
            Document RunIn(RawArticle a, string country)
            {
                if (!byCountry.TryGetValue(country, out var p))
                {
                    var iso2 = Iso2(country);
                    var stages = pipeline.Stages.Select(s => s is EventCoder coder ? coder.ForCountry(iso2) : s).ToList();
                    byCountry[country] = p = new SitrepPipeline(pipeline.Cleaner, stages, pipeline.HtmlExtractor);
                }
                return p.Run(a);
            }
            var figures = new Dictionary<string, object>(StringComparer.Ordinal);
            if (csvPath is not null)
            {
                var rows = AcledCsv.Read(csvPath);
                IEnumerable<AcledRow> selected = rows;
                if (parse.GetValue(holdout) && parse.GetValue(dev)) throw new SitrepException("give --holdout or --dev, not both");
                if (parse.GetValue(holdout)) selected = selected.Where(r => r.Index % 5 == 0);
                if (parse.GetValue(dev)) selected = selected.Where(r => r.Index % 5 == 1);
                if (parse.GetValue(limit) is { } n) selected = selected.Take(n);
                var list = selected.ToList();
                if (list.Count == 0) throw new SitrepException($"{csvPath}: no ACLED rows with notes");
                using var errorWriter = parse.GetValue(errors) is { } errorPath ? OutputFiles.CreateText(errorPath, "--errors") : null;
                var gazetteer = Sitrep.Geo.Geoparser.Shared.Gazetteer;
                var r = new AcledEvaluator(RunIn, types)
                {
                    Errors = errorWriter,
                    WithinReach = row => LocationCeiling.WithinReach(gazetteer, row, Iso2(row.Country)),
                }.Evaluate(list);
                figures["notes"] = r.Notes;
                figures["notes_failed"] = r.NotesFailed;
                figures["notes_without_event"] = r.NotesWithoutEvent;
                figures["event_type_acc"] = r.EventTypeAcc;
                figures["sub_event_type_acc"] = r.SubEventTypeAcc;
                figures["fatalities_exact"] = r.FatalitiesExact;
                figures["location_25km"] = r.Location25Km;
                figures["location_ceiling_25km"] = r.LocationCeiling25Km;
                figures["notes_with_coordinates"] = r.NotesWithCoordinates;
                figures["date_exact"] = r.DateExact;
                figures["actor1_type_acc"] = r.Actor1TypeAcc;
                figures["actor1_type_acc_roles"] = r.Actor1TypeAccRoles;
                figures["notes_per_second"] = r.NotesPerSecond;
            }
            if (casePath is not null)
            {
                InputFiles.RequireFile(casePath);
                int total = 0, right = 0, caseFailed = 0;
                foreach (var line in File.ReadLines(casePath).Skip(1))
                {
                    var f = line.Split('\t');
                    if (f.Length < 3 || !AcledEvaluator.CaseSubTypes.TryGetValue(f[2].Trim(), out var gold)) continue;
                    total++;
                    Document doc;
                    try
                    {
                        doc = Run(new RawArticle { Content = f[1] });
                    }
                    catch (Exception e) when (e is not SitrepException)
                    {
                        caseFailed++; // a stage crash counts as a wrong answer, not as the end of the run
                        continue;
                    }
                    var sub = AcledEvaluator.Main(doc.Events)?.AcledSubEventType ?? types?.Classify(f[1])?.SubEventType;
                    if (sub == gold) right++;
                }
                figures["case2021_snippets"] = total;
                figures["case2021_failed"] = caseFailed;
                figures["case2021_sub_event_type_acc"] = total == 0 ? 0 : Math.Round((double)right / total, 4);
            }
            CommonOptions.PrintFigures(figures, parse.GetValue(format)!, 28);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The default pipeline with the coder told to use the ACLED type classifier.</summary>
    private static SitrepPipeline Pipeline(AcledTypeModel? types)
    {
        var baseline = PipelineFactory.CreateDefault();
        var stages = baseline.Stages.Select(s => s is EventCoder coder ? new EventCoder { AcledClassifier = types, ResolvePlace = coder.ResolvePlace, AdminSeat = coder.AdminSeat } : s).ToList();
        return new SitrepPipeline(baseline.Cleaner, stages, baseline.HtmlExtractor);
    }
}
