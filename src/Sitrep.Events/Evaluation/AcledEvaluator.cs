using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Core.Contract;
using Sitrep.Core.Geography;
using Sitrep.Core.Pipeline;
using Sitrep.Events.Classification;

namespace Sitrep.Events.Evaluation;

/// <summary>Scores the coder on ACLED notes: each note is an article published on its event date; the note's
/// main event (the most confident one with an ACLED type) is compared with the row.</summary>
/// <remarks><c>run</c> gets the note as an article and the row's country name (context a caller may use).</remarks>
public sealed class AcledEvaluator(Func<RawArticle, string, Document> run, AcledTypeModel? model)
{
    /// <summary>Optional sink for one line per mismatching note (field, gold, predicted, note) for error analysis.</summary>
    public TextWriter? Errors { get; init; }

    /// <summary>Optional: whether the gazetteer could place the row within 25 km at all (see <see cref="Result.LocationCeiling25Km"/>).</summary>
    public Func<AcledRow, bool>? WithinReach { get; init; }

    /// <summary><see cref="LocationCeiling25Km"/>: share of notes with coordinates where some gazetteer entry named in the
    /// note lies within 25 km of ACLED's point (-1 without <see cref="WithinReach"/>).</summary>
    public sealed record Result(int Notes, int NotesFailed, int NotesWithoutEvent, double EventTypeAcc, double SubEventTypeAcc, double FatalitiesExact,
        double Location25Km, int NotesWithCoordinates, double DateExact, double Actor1TypeAcc, double Actor1TypeAccRoles, double NotesPerSecond,
        double LocationCeiling25Km = -1);

    public Result Evaluate(IReadOnlyList<AcledRow> rows)
    {
        int type = 0, sub = 0, fat = 0, loc = 0, locN = 0, reach = 0, date = 0, actor = 0, actorRoles = 0, none = 0, failed = 0;
        var watch = Stopwatch.StartNew();
        foreach (var row in rows)
        {
            Document doc;
            try
            {
                doc = run(new RawArticle { Content = row.Notes, Published = row.Date }, row.Country);
            }
            catch (Exception e) when (e is not SitrepException)
            {
                // a crash in some stage must not hide the other notes' figures: the note counts as wrong everywhere
                failed++;
                Errors?.WriteLine($"failed\t{e.GetType().Name}\t\t{row.Notes}");
                continue;
            }
            var main = Main(doc.Events);
            string? predType = main?.AcledEventType, predSub = main?.AcledSubEventType;
            if (main is null) none++;
            if (predType is null && model?.Classify(row.Notes) is { } c) (predType, predSub) = c;
            if (predType == row.EventType) type++;
            else Errors?.WriteLine($"type\t{row.EventType}\t{predType}\t{row.Notes}");
            if (predSub == row.SubEventType) sub++;
            else Errors?.WriteLine($"sub\t{row.SubEventType}\t{predSub}\t{row.Notes}");
            // a note describes one incident: its counts may sit in several sentences ("3 militants were also killed")
            var fatalities = doc.Events.Sum(e => e.Fatalities?.Best ?? 0);
            if (fatalities == row.Fatalities) fat++;
            else Errors?.WriteLine($"fatalities\t{row.Fatalities}\t{fatalities}\t{row.Notes}");
            if (row.Latitude is { } lat && row.Longitude is { } lon)
            {
                locN++;
                var inReach = WithinReach?.Invoke(row);
                if (inReach == true) reach++;
                var l = main?.Location ?? doc.Events.Select(e => e.Location).FirstOrDefault(x => x is not null);
                if (l?.Lat is { } plat && l.Lon is { } plon && GeoMath.DistanceKm(lat, lon, plat, plon) <= 25) loc++;
                else Errors?.WriteLine($"location\t{row.Location}\t{l?.Name} ({l?.Precision}, {(l?.Lat is { } la && l.Lon is { } lo ? Math.Round(GeoMath.DistanceKm(lat, lon, la, lo)) : -1)} km{Reach(inReach)})\t{row.Notes}");
            }
            var predDate = main?.Date ?? doc.Events.FirstOrDefault()?.Date;
            if (predDate == row.Date) date++;
            else Errors?.WriteLine($"date\t{row.Date:yyyy-MM-dd}\t{predDate:yyyy-MM-dd}\t{row.Notes}");
            // inter1 from the classifier where there is one (ACLED's categories are not CAMEO roles); the role
            // mapping alone is reported as actor1_type_acc_roles
            var fromRole = Inter1(main?.Actor1);
            var inter = model?.ClassifyInter1(row.Notes) ?? fromRole;
            if (inter == row.Inter1) actor++;
            if (fromRole == row.Inter1) actorRoles++;
        }
        var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        double Share(int k, int n) => n == 0 ? 0 : Math.Round((double)k / n, 4);
        var count = rows.Count;
        return new Result(count, failed, none, Share(type, count), Share(sub, count), Share(fat, count), Share(loc, locN), locN,
            Share(date, count), Share(actor, count), Share(actorRoles, count), Math.Round(count / seconds, 1),
            WithinReach is null ? -1 : Share(reach, locN));
    }

    private static string Reach(bool? inReach) => inReach switch { true => ", in reach", false => ", out of reach", null => "" };

    public static EventRecord? Main(List<EventRecord> events) =>
        events.Where(e => e.AcledEventType is not null).OrderByDescending(e => e.Confidence).FirstOrDefault()
        ?? events.OrderByDescending(e => e.Confidence).FirstOrDefault();

    /// <summary>CAMEO role → ACLED inter code (1 state forces, 2 rebels, 3 political militia, 5 rioters, 6 protesters,
    /// 7 civilians, 8 external/other). Null when the role says nothing (the classifier then decides).</summary>
    public static string? Inter1(ActorRecord? actor) => actor?.Role switch
    {
        "GOV" or "MIL" or "COP" or "SPY" => actor.Country is "IGO" or "NGO" ? "8" : "1",
        "REB" or "INS" or "SEP" => "2",
        "UAF" => "3",
        "CVL" or "REF" or "AGR" or "EDU" or "LAB" or "BUS" => "7",
        "UNO" or "IGO" or "PKO" or "NGO" or "IRC" => "8",
        _ => null,
    };

    /// <summary>CASE 2021 task 2 codes → ACLED sub-event types.</summary>
    public static readonly Dictionary<string, string> CaseSubTypes = new(StringComparer.Ordinal)
    {
        ["ABDUCT_DISSAP"] = "Abduction/forced disappearance", ["AGREEMENT"] = "Agreement", ["AIR_STRIKE"] = "Air/drone strike",
        ["ARMED_CLASH"] = "Armed clash", ["ARREST"] = "Arrests", ["ART_MISS_ATTACK"] = "Shelling/artillery/missile attack",
        ["ATTACK"] = "Attack", ["CHANGE_TO_GROUP_ACT"] = "Change to group/activity", ["CHEM_WEAP"] = "Chemical weapon",
        ["DISR_WEAP"] = "Disrupted weapons use", ["FORCE_AGAINST_PROTEST"] = "Excessive force against protesters",
        ["GOV_REGAINS_TERIT"] = "Government regains territory", ["GRENADE"] = "Grenade", ["HQ_ESTABLISHED"] = "Headquarters or base established",
        ["MOB_VIOL"] = "Mob violence", ["NON_STATE_ACTOR_OVERTAKES_TER"] = "Non-state actor overtakes territory",
        ["NON_VIOL_TERRIT_TRANSFER"] = "Non-violent transfer of territory", ["OTHER"] = "Other", ["PEACE_PROTEST"] = "Peaceful protest",
        ["PROPERTY_DISTRUCT"] = "Looting/property destruction", ["PROTEST_WITH_INTER"] = "Protest with intervention",
        ["REM_EXPLOS"] = "Remote explosive/landmine/IED", ["SEX_VIOL"] = "Sexual violence", ["SUIC_BOMB"] = "Suicide bomb",
        ["VIOL_DEMONSTR"] = "Violent demonstration",
    };
}
