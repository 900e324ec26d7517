using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Sitrep.Api;
using Sitrep.Core;
using Sitrep.Store;
using Sitrep.Store.Dedup.Eval;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval store-load</c>: bulk-inserts seeded synthetic events (insert rate, dedup on), then fires a
/// bounded number of filtered GET /api/events requests at a loopback server and prints latency percentiles.</summary>
public sealed class EvalStoreLoadCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var db = new Option<string?>("--db") { Description = "Store to load (default: a fresh temp SQLite file; PostgreSQL: an empty database)." };
        var events = new Option<int>("--events") { Description = "Synthetic events to insert.", DefaultValueFactory = _ => 100_000 };
        var requests = new Option<int>("--requests") { Description = "GET /api/events requests to time.", DefaultValueFactory = _ => 1000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once.", DefaultValueFactory = _ => 2 };
        var reuse = new Option<bool>("--reuse") { Description = "Keep what the store holds if it already has --events events (re-run the queries only)." };
        var copyFrom = new Option<string?>("--copy-from")
        {
            Description = "Fill the empty PostgreSQL --db by binary COPY from this already loaded SQLite store instead of saving row by row.",
        };
        var command = new Command("store-load", "Insert rate and GET /api/events latency (p50/p95/p99) on synthetic events.")
        {
            db, events, requests, concurrency, reuse, copyFrom,
        };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(events);
            if (n < 1 || parse.GetValue(requests) < 1 || parse.GetValue(concurrency) < 1)
            {
                throw new SitrepException("--events, --requests and --concurrency must be positive");
            }
            var given = parse.GetValue(db);
            var path = given ?? Path.Combine(Path.GetTempPath(), $"sitrep-load-{n}.db");
            if (given is null && !parse.GetValue(reuse))
            {
                EventStores.DeleteSqliteFiles(path);
            }
            using var store = EventStores.OpenQueryable(path);
            var c = CultureInfo.InvariantCulture;
            var before = store.Counts();
            if (parse.GetValue(copyFrom) is { } sourcePath)
            {
                if (store is not Sitrep.Store.Sql.PostgresEventStore pg)
                {
                    throw new SitrepException("--copy-from needs a PostgreSQL --db");
                }
                if (!File.Exists(sourcePath))
                {
                    throw new SitrepException($"--copy-from {sourcePath}: no such SQLite file");
                }
                using var source = new Sitrep.Store.Sql.SqliteEventStore(sourcePath);
                var sw = Stopwatch.StartNew();
                var copied = Sitrep.Store.Sql.PostgresBulkCopy.Run(source, pg);
                sw.Stop();
                var rows = copied.Sum(t => t.Rows);
                Console.WriteLine(string.Create(c,
                    $"bulk copy (postgres, binary COPY from {sourcePath}): {string.Join(", ", copied.Select(t => $"{t.Rows} {t.Table}"))} = {rows} rows " +
                    $"in {sw.Elapsed.TotalSeconds:F1} s incl. index build and ANALYZE = {rows / sw.Elapsed.TotalSeconds:F0} rows/s; load average {MachineLoad.OneMinute()}"));
            }
            else if (!(parse.GetValue(reuse) && before.Reports >= n))
            {
                var sw = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var saved = store.SaveMany(SyntheticEvents.Generate(n, seed: 42 + (int)before.Articles));
                sw.Stop();
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                var reports = saved.NewEvents + saved.MergedEvents;
                Console.WriteLine(string.Create(c,
                    $"insert ({store.Backend}): {reports} event reports in {sw.Elapsed.TotalSeconds:F1} s = {reports / sw.Elapsed.TotalSeconds:F0} events/s " +
                    $"({saved.NewEvents} new, {saved.MergedEvents} merged by dedup, {saved.Articles} articles); " +
                    $"{cpuSeconds:F1} CPU-s in this process = {reports / cpuSeconds:F0} events per CPU-second; load average {MachineLoad.OneMinute()}"));
            }
            var counts = store.Counts();
            Console.WriteLine($"store holds {counts.Events} events, {counts.Reports} reports, {counts.Articles} articles");

            await using var app = SitrepServer.Build(new SitrepApiOptions { Store = store, Urls = ["http://127.0.0.1:0"] });
            await app.StartAsync(ct);
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(60) };
            var random = new Random(7);
            var urls = Enumerable.Range(0, parse.GetValue(requests)).Select(_ => LoadQueries.Next(random)).ToList();
            foreach (var (_, url) in urls.Take(50))
            {
                (await http.GetAsync(url, ct)).EnsureSuccessStatusCode(); // warm caches and JIT
            }
            var timings = new (string Kind, double Ms)[urls.Count];
            var next = -1;
            var queryCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, parse.GetValue(concurrency)).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < urls.Count)
                {
                    var sw = Stopwatch.StartNew();
                    using var response = await http.GetAsync(urls[i].Url, ct);
                    await response.Content.ReadAsByteArrayAsync(ct);
                    response.EnsureSuccessStatusCode();
                    timings[i] = (urls[i].Kind, sw.Elapsed.TotalMilliseconds);
                }
            }));
            wall.Stop();
            // On a shared machine wall-clock latency is mostly waiting for a core: the CPU cost per request is the
            // figure that does not depend on what else runs (server and client both run in this process).
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - queryCpu).TotalMilliseconds / urls.Count;
            Console.WriteLine(string.Create(c, $"GET /api/events ({store.Backend}, {counts.Events} events, {urls.Count} requests, concurrency {parse.GetValue(concurrency)}): " +
                                                 $"{Summary(timings.Select(t => t.Ms))}, {urls.Count / wall.Elapsed.TotalSeconds:F0} req/s, {cpuMs:F1} CPU-ms per request; load average {MachineLoad.OneMinute()}"));
            foreach (var group in timings.GroupBy(t => t.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {group.Key,-22} {Summary(group.Select(t => t.Ms))}");
            }
            await app.StopAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Summary(IEnumerable<double> ms)
    {
        var sorted = ms.Order().ToArray();
        double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {sorted[^1]:F1} ms");
    }
}

/// <summary>The mix of filtered queries an analyst's dashboard sends.</summary>
internal static class LoadQueries
{
    private static readonly string[] Acled = ["Battles", "Explosions/Remote%20violence", "Protests", "Violence%20against%20civilians"];

    public static (string Kind, string Url) Next(Random r)
    {
        var day = new DateOnly(2015, 1, 1).AddDays(r.Next(3600));
        var from = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = day.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var nation = r.Next(40);
        var country = $"{(char)('A' + nation / 26)}{(char)('A' + nation % 26)}";
        var lat = -40 + nation % 8 * 10 + 3.0;
        var lon = -100 + nation / 8 * 40 + 3.0;
        string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        return r.Next(8) switch
        {
            0 => ("latest", "/api/events?limit=100"),
            1 => ("country+month", $"/api/events?country={country}&from={from}&to={to}"),
            2 => ("bbox", $"/api/events?bbox={F(lon - 2)},{F(lat - 2)},{F(lon + 2)},{F(lat + 2)}&limit=200"),
            3 => ("acled+month", $"/api/events?acled={Acled[r.Next(Acled.Length)]}&from={from}&to={to}"),
            4 => ("min_fatalities", $"/api/events?min_fatalities={20 + r.Next(30)}&sort=-fatalities"),
            5 => ("cameo+country", $"/api/events?cameo=19&country={country}&limit=50"),
            6 => ("text+country", $"/api/events?q=market&country={country}&from={from}&to={day.AddDays(90):yyyy-MM-dd}"),
            _ => ("actor+page", $"/api/events?actor=C{nation:00}MIL&offset={r.Next(5) * 100}&limit=100"),
        };
    }
}
