using Sitrep.Core.Contract;
using Sitrep.Store.Dedup.Eval;
using Sitrep.Store.Export;
using Sitrep.Store.Query;

namespace Sitrep.Store.Tests;

/// <summary>One suite, run against both back ends.</summary>
public abstract class StoreContractTests : IDisposable
{
    protected abstract IEventQueryStore Store { get; }

    public abstract void Dispose();

    /// <summary>Another empty store of the same back end, disposed by the returned action.</summary>
    protected abstract IEventQueryStore Another(out Action cleanup);

    [Fact]
    public void Bulk_load_into_an_empty_store_equals_saving_in_small_batches()
    {
        // 600 one-event articles: the first batch is full and the store empty, so the read indexes are built at the end.
        var records = SyntheticEvents.Generate(600, eventsPerArticle: 1, seed: 5).ToList();
        var bulk = Store.SaveMany(records);
        Assert.True(bulk.MergedEvents > 20, $"the synthetic feed re-reports events ({bulk})");
        var other = Another(out var cleanup);
        try
        {
            var small = new SaveSummary(0, 0, 0, 0);
            foreach (var chunk in records.Chunk(100)) // never a full first batch: indexes updated row by row
            {
                var s = other.SaveMany(chunk);
                small = new SaveSummary(small.Articles + s.Articles, small.SkippedArticles + s.SkippedArticles, small.NewEvents + s.NewEvents, small.MergedEvents + s.MergedEvents);
            }
            Assert.Equal(bulk, small);
            Assert.Equal(Store.Counts(), other.Counts());
            EventQuery[] queries =
            [
                new() { Limit = 1000 },
                new() { Country = "AB", Cameo = "19", Limit = 1000 },
                new() { Acled = "battles", From = new DateOnly(2018, 1, 1), To = new DateOnly(2019, 6, 30), Limit = 1000 },
                new() { Bbox = new BoundingBox(-100, -40, -90, -30), Sort = EventSort.FatalitiesDesc, Limit = 1000 },
                new() { Actor = "C05MIL", Offset = 10, Limit = 50 },
                new() { Actor = "C05MIL", From = new DateOnly(2017, 1, 1), To = new DateOnly(2020, 12, 31), Limit = 1000 },
                new() { Actor = "C13CVL", Country = "AN", Sort = EventSort.FatalitiesDesc, Limit = 1000 },
                new() { Actor = "C07MIL", Sort = EventSort.DateAsc, Limit = 1000 },
                new() { Bbox = new BoundingBox(-61, -41, -53, -33), Limit = 1000 },
                new() { Bbox = new BoundingBox(-61, -41, -53, -33), From = new DateOnly(2016, 1, 1), To = new DateOnly(2021, 1, 1), Limit = 1000 },
                new() { Bbox = new BoundingBox(-61, -41, -53, -33), Actor = "C08MIL", Limit = 1000 },
            ];
            foreach (var q in queries)
            {
                Assert.Equal(other.QueryEvents(q).Events.Select(e => (e.Id, e.SourcesCount, e.Fatalities?.Best)),
                    Store.QueryEvents(q).Events.Select(e => (e.Id, e.SourcesCount, e.Fatalities?.Best)));
            }
            // The actor and bbox indexes (event_actors, R*Tree/GiST) find exactly what a scan of every event finds.
            foreach (var store in new[] { Store, other })
            {
                var all = store.StreamEvents(new EventQuery()).ToList();
                var actor = store.QueryEvents(new EventQuery { Actor = "C05MIL", Limit = 1000 });
                Assert.Equal(all.Where(e => e.Actor1?.Code == "C05MIL" || e.Actor2?.Code == "C05MIL").Select(e => e.Id).Order(),
                    actor.Events.Select(e => e.Id).Order());
                Assert.True(actor.Total > 5);
                var box = store.QueryEvents(new EventQuery { Bbox = new BoundingBox(-61, -41, -53, -33), Limit = 1000 });
                Assert.Equal(all.Where(e => e.Location?.Lat is >= -41 and <= -33 && e.Location?.Lon is >= -61 and <= -53).Select(e => e.Id).Order(),
                    box.Events.Select(e => e.Id).Order());
                Assert.True(box.Total > 5);
            }
        }
        finally
        {
            cleanup();
        }
    }

    [Fact]
    public void Cameo_prefix_filter_matches_exactly_the_codes_that_start_with_it()
    {
        Store.SaveMany(SyntheticEvents.Generate(800, seed: 9));
        var all = Store.StreamEvents(new EventQuery()).ToList();
        foreach (var prefix in new[] { "19", "193", "0233", "1", "14", "99" })
        {
            var expected = all.Where(e => e.Cameo.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e.Id).Order(StringComparer.Ordinal);
            var got = Store.StreamEvents(new EventQuery { Cameo = prefix }).Select(e => e.Id).Order(StringComparer.Ordinal);
            Assert.Equal(expected, got);
        }
        Assert.Contains(all, e => e.Cameo == "0233"); // the feed has the 4-digit code the carry case needs
    }

    private List<SitrepRecord> SaveTestSet()
    {
        var (records, _) = DedupTestSet.Build();
        var summary = Store.SaveMany(records);
        Assert.Equal(records.Count, summary.Articles);
        return records;
    }

    [Fact]
    public void Saved_article_is_known_and_saving_it_again_is_a_no_op()
    {
        var records = SaveTestSet();
        var before = Store.Counts();
        Assert.True(Store.HasArticle(records[0].Article.Id));
        Assert.False(Store.HasArticle("0000000000000000"));
        var again = Store.SaveMany(records);
        Assert.Equal(records.Count, again.SkippedArticles);
        Assert.Equal(before, Store.Counts());
    }

    [Fact]
    public void Dedup_test_set_scores_high_pairwise_precision_and_recall()
    {
        var result = DedupEvaluator.Run(Store);
        Assert.True(result.Precision >= 0.95, $"precision {result.Precision:F3} ({result})");
        Assert.True(result.Recall >= 0.9, $"recall {result.Recall:F3} ({result})");
        Assert.Equal(result.GoldClusters, result.PredictedEvents);
    }

    [Fact]
    public void Mosul_shelling_told_three_times_is_one_event_with_reconciled_toll()
    {
        SaveTestSet();
        var page = Store.QueryEvents(new EventQuery { Country = "IQ", Cameo = "19" });
        var mosul = Assert.Single(page.Events, e => e.Location?.Name is "Bab al-Tob" or "Mosul");
        Assert.Equal(3, mosul.SourcesCount);
        // Reports: 14, at least 12, 17 (the latest, a risen toll): highest low 17, best from the latest, high 17.
        Assert.Equal(17, mosul.Fatalities!.Low);
        Assert.Equal(17, mosul.Fatalities.Best);
        Assert.Equal(17, mosul.Fatalities.High);
        Assert.Equal("Bab al-Tob", mosul.Location!.Name); // the finest location of the three
        Assert.Contains("Reuters", mosul.Sources);
        Assert.Equal(new DateOnly(2024, 3, 14), mosul.Date);
    }

    [Fact]
    public void Vague_toll_yields_to_precise_reports_and_the_highest_figure_is_the_high()
    {
        SaveTestSet();
        var djibo = Assert.Single(Store.QueryEvents(new EventQuery { Country = "BF" }).Events);
        Assert.Equal(2, djibo.SourcesCount);
        Assert.Equal(30, djibo.Fatalities!.Low);
        Assert.Equal(30, djibo.Fatalities.Best);
        Assert.Equal(41, djibo.Fatalities.High);
        Assert.False(djibo.Fatalities.Estimated);
    }

    [Fact]
    public void Event_detail_has_every_report_with_evidence_text_from_its_article()
    {
        var records = SaveTestSet();
        var djibo = Store.QueryEvents(new EventQuery { Country = "BF" }).Events[0];
        var detail = Store.GetEvent(djibo.Id)!;
        Assert.Equal(2, detail.Reports.Count);
        foreach (var report in detail.Reports)
        {
            var body = records.Single(r => r.Article.Id == report.ArticleId).Article.Body;
            Assert.Equal(body[report.Sentence.Start..report.Sentence.End], report.Sentence.Text);
            var fatalities = Assert.Single(report.Evidence, e => e.Field == "fatalities");
            Assert.Contains("killed", fatalities.Text);
            Assert.Equal(body[fatalities.Start..fatalities.End], fatalities.Text);
        }
        Assert.Null(Store.GetEvent("ev-missing"));
    }

    [Fact]
    public void Article_view_keeps_each_place_kind()
    {
        var (records, _) = DedupTestSet.Build();
        var record = records[0];
        var word = record.Article.Body.IndexOf(' ');
        record.Places.Add(new PlaceRecord { Text = record.Article.Body[..word], End = word, Name = "Syria", Confidence = 1, Precision = "country", Kind = PlaceRecord.DemonymKind });
        record.Places.Add(new PlaceRecord { Text = record.Article.Body[..word], End = word, Name = "Aleppo", Confidence = 1, Precision = "city" });
        Store.SaveMany([record]);
        var places = Store.GetArticle(record.Article.Id)!.Places;
        Assert.Equal([PlaceRecord.DemonymKind, null], places.Select(p => p.Kind));
    }

    [Fact]
    public void Article_view_links_each_reported_event_to_its_canonical_event()
    {
        var records = SaveTestSet();
        var afp = records[0];
        var view = Store.GetArticle(afp.Article.Id)!;
        Assert.Equal(afp.Article.Body, view.Article.Body);
        Assert.Equal(afp.Events.Count, view.Events.Count);
        Assert.All(view.Events, link => Assert.NotNull(Store.GetEvent(link.EventId)));
        Assert.Null(Store.GetArticle("nope"));
    }

    [Fact]
    public void Filters_select_by_date_bbox_type_actor_fatalities_and_text()
    {
        SaveTestSet();
        var all = Store.QueryEvents(new EventQuery { Limit = 1000 });
        Assert.Equal(14, all.Total);
        Assert.False(all.TotalIsLowerBound);
        // Newest first by default.
        Assert.True(all.Events.Zip(all.Events.Skip(1)).All(p => p.First.Date >= p.Second.Date));

        var march20s = Store.QueryEvents(new EventQuery { From = new DateOnly(2024, 3, 20), To = new DateOnly(2024, 3, 25) });
        Assert.All(march20s.Events, e => Assert.InRange(e.Date!.Value, new DateOnly(2024, 3, 20), new DateOnly(2024, 3, 25)));
        Assert.Equal(5, march20s.Total); // two protests, Djibo, Kharkiv ×2

        // Bounding box around Nineveh: Mosul shelling, Mosul arrests, Tal Afar.
        var nineveh = Store.QueryEvents(new EventQuery { Bbox = new BoundingBox(42, 35.5, 44, 37) });
        Assert.Equal(3, nineveh.Total);

        Assert.Equal(2, Store.QueryEvents(new EventQuery { Plover = "protest" }).Total);
        Assert.Equal(2, Store.QueryEvents(new EventQuery { Acled = "battles" }).Total);
        Assert.Equal(2, Store.QueryEvents(new EventQuery { Actor = "RUSMIL" }).Total);
        var deadly = Store.QueryEvents(new EventQuery { MinFatalities = 20, Sort = EventSort.FatalitiesDesc });
        Assert.Equal([30, 26], deadly.Events.Select(e => e.Fatalities!.Best!.Value));
        Assert.Equal(1, Store.QueryEvents(new EventQuery { Text = "glide bomb" }).Total);
        Assert.Equal(0, Store.QueryEvents(new EventQuery { Text = "' OR 1=1 --" }).Total);
        Assert.Equal(0, Store.QueryEvents(new EventQuery { Text = "100%_" }).Total);

        var page2 = Store.QueryEvents(new EventQuery { Limit = 5, Offset = 5 });
        Assert.Equal(all.Events.Skip(5).Take(5).Select(e => e.Id), page2.Events.Select(e => e.Id));
    }

    [Fact]
    public void Timeline_counts_events_and_fatalities_per_month_and_week()
    {
        SaveTestSet();
        var months = Store.Timeline(new EventQuery(), "month");
        Assert.Equal(["2016-11", "2024-03"], months.Select(b => b.Period));
        Assert.Equal(2, months[0].Events);
        Assert.Equal(26 + 8, months[0].Fatalities);
        var weeks = Store.Timeline(new EventQuery { Country = "UA" }, "week");
        Assert.Equal(["2024-03-18", "2024-03-25"], weeks.Select(b => b.Period)); // ISO weeks start on Monday
    }

    [Fact]
    public async Task Exports_write_every_matching_event_in_each_format()
    {
        SaveTestSet();
        var query = new EventQuery { Country = "IQ" };
        var expected = Store.QueryEvents(query).Total;

        var csv = new MemoryStream();
        Assert.Equal(expected, await EventExporter.WriteAsync(Store.StreamEvents(query), ExportFormat.Csv, csv, TestContext.Current.CancellationToken));
        var lines = System.Text.Encoding.UTF8.GetString(csv.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities", lines[0]);
        Assert.Equal(expected + 1, lines.Length);

        var geo = new MemoryStream();
        await EventExporter.WriteAsync(Store.StreamEvents(query), ExportFormat.GeoJson, geo, TestContext.Current.CancellationToken);
        using var doc = System.Text.Json.JsonDocument.Parse(geo.ToArray());
        var features = doc.RootElement.GetProperty("features");
        Assert.Equal(expected, features.GetArrayLength());
        var coords = features[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.InRange(coords[0].GetDouble(), 42, 44); // lon first (RFC 7946)
        Assert.InRange(coords[1].GetDouble(), 36, 37);

        var jsonl = new MemoryStream();
        await EventExporter.WriteAsync(Store.StreamEvents(query), ExportFormat.Jsonl, jsonl, TestContext.Current.CancellationToken);
        var rows = System.Text.Encoding.UTF8.GetString(jsonl.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, rows.Length);
        Assert.Contains("\"sources_count\":", rows[0]);

        var parquetPath = Path.Combine(Path.GetTempPath(), $"sitrep-{Guid.NewGuid():N}.parquet");
        try
        {
            await using (var file = File.Create(parquetPath))
            {
                await EventExporter.WriteAsync(Store.StreamEvents(query), ExportFormat.Parquet, file, TestContext.Current.CancellationToken);
            }
            await using var read = File.OpenRead(parquetPath);
            var back = (await Parquet.Serialization.ParquetSerializer.DeserializeAsync<FlatEvent>(read, null, null, TestContext.Current.CancellationToken)).Data;
            Assert.Equal(expected, back.Count);
            Assert.Contains(back, r => r.fatalities == 17 && r.sources_count == 3 && r.country == "IQ");
        }
        finally
        {
            File.Delete(parquetPath);
        }
    }
}

public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly IEventQueryStore _store;
    private readonly string _path;

    public SqliteStoreTests() => _store = TestStores.Sqlite(out _path);

    protected override IEventQueryStore Store => _store;

    protected override IEventQueryStore Another(out Action cleanup)
    {
        var store = TestStores.Sqlite(out var path);
        cleanup = () =>
        {
            store.Dispose();
            EventStores.DeleteSqliteFiles(path);
        };
        return store;
    }

    [Fact]
    public void Bulk_load_leaves_every_read_index_in_place_and_reopening_restores_a_missing_one()
    {
        _store.SaveMany(SyntheticEvents.Generate(600, eventsPerArticle: 1, seed: 3));
        Assert.All(Sql.Schema.QueryIndexes.Where(ix => ix.Backend is null or "sqlite"), ix => Assert.Contains(ix.Name, IndexNames()));
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path}"))
        {
            c.Open();
            using var drop = c.CreateCommand();
            drop.CommandText = "DROP INDEX ix_events_country_date"; // as if a bulk load had been killed midway
            drop.ExecuteNonQuery();
        }
        Assert.DoesNotContain("ix_events_country_date", IndexNames());
        using var again = new Sql.SqliteEventStore(_path);
        Assert.Contains("ix_events_country_date", IndexNames());
    }

    private List<string> IndexNames()
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index'";
        using var r = cmd.ExecuteReader();
        var names = new List<string>();
        while (r.Read())
        {
            names.Add(r.GetString(0));
        }
        return names;
    }

    [Fact]
    public void A_version_2_store_migrates_on_open_and_its_actor_and_bbox_queries_find_the_same_events()
    {
        _store.SaveMany(SyntheticEvents.Generate(300, seed: 11));
        var actor = new EventQuery { Actor = "C08MIL", Limit = 1000 };
        var box = new EventQuery { Bbox = new BoundingBox(-61, -41, -53, -33), Limit = 1000 };
        var before = (_store.QueryEvents(actor).Events.Select(e => e.Id).ToList(), _store.QueryEvents(box).Events.Select(e => e.Id).ToList());
        Assert.NotEmpty(before.Item1);
        Assert.NotEmpty(before.Item2);
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path}"))
        {
            c.Open();
            using var downgrade = c.CreateCommand(); // what a store written before migration 3 holds
            downgrade.CommandText = "DROP TABLE event_actors; ALTER TABLE places DROP COLUMN kind; DELETE FROM schema_version WHERE version >= 3";
            downgrade.ExecuteNonQuery();
        }
        using var again = new Sql.SqliteEventStore(_path);
        Assert.Equal(before.Item1, again.QueryEvents(actor).Events.Select(e => e.Id));
        Assert.Equal(before.Item2, again.QueryEvents(box).Events.Select(e => e.Id));
    }

    [Fact]
    public void Reopening_keeps_the_data_and_uses_wal()
    {
        var (records, _) = DedupTestSet.Build();
        _store.SaveMany(records);
        var counts = _store.Counts();
        using var again = new Sql.SqliteEventStore(_path);
        Assert.Equal(counts, again.Counts());
        Assert.True(File.Exists(_path + "-wal") || File.Exists(_path + "-shm"));
    }

    [Fact]
    public void Open_picks_the_back_end_from_the_db_argument()
    {
        Assert.True(EventStores.IsPostgres("postgres://u:p@localhost/db"));
        Assert.True(EventStores.IsPostgres("Host=localhost;Database=x"));
        Assert.False(EventStores.IsPostgres("/tmp/x.db"));
        Assert.Contains("Database=sitrep", Sql.PostgresEventStore.ToConnectionString("postgres://me:secret@db.example:5433/sitrep"));
        var e = Assert.Throws<Sitrep.Core.SitrepException>(() => EventStores.Open("/no/such/dir/x.db"));
        Assert.Contains("/no/such/dir", e.Message);
    }

    public override void Dispose()
    {
        _store.Dispose();
        EventStores.DeleteSqliteFiles(_path);
    }
}

public sealed class PostgresStoreTests : StoreContractTests
{
    private readonly IEventQueryStore? _store;
    private readonly Action? _cleanup;

    public PostgresStoreTests()
    {
        try
        {
            _store = TestStores.Postgres(out var cleanup);
            _cleanup = cleanup;
        }
        catch (Exception) when (!Sitrep.Testing.SharedData.InCi)
        {
            _store = null;
        }
    }

    protected override IEventQueryStore Store => _store ?? Unavailable();

    protected override IEventQueryStore Another(out Action cleanup) => TestStores.Postgres(out cleanup);

    [Fact]
    public void Bulk_copy_from_sqlite_gives_the_same_store_and_refuses_a_non_empty_target()
    {
        var (records, _) = DedupTestSet.Build();
        using var sqlite = TestStores.Sqlite(out var path);
        try
        {
            sqlite.SaveMany(records);
            var copied = Sql.PostgresBulkCopy.Run((Sql.SqlEventStore)sqlite, (Sql.PostgresEventStore)Store);
            var counts = sqlite.Counts();
            Assert.Equal(counts, Store.Counts());
            Assert.Equal(counts.Reports, copied.Single(t => t.Table == "reports").Rows);
            var query = new EventQuery { Country = "IQ", Limit = 1000 };
            Assert.Equal(sqlite.QueryEvents(query).Events.Select(e => (e.Id, e.SourcesCount, e.Fatalities?.Best)),
                Store.QueryEvents(query).Events.Select(e => (e.Id, e.SourcesCount, e.Fatalities?.Best)));
            var mosul = sqlite.QueryEvents(new EventQuery { Country = "IQ", Cameo = "19" }).Events[0].Id;
            Assert.Equal(sqlite.GetEvent(mosul)!.Reports.Count, Store.GetEvent(mosul)!.Reports.Count);
            var again = Assert.Throws<Sitrep.Core.SitrepException>(() => Sql.PostgresBulkCopy.Run((Sql.SqlEventStore)sqlite, (Sql.PostgresEventStore)Store));
            Assert.Contains("not empty", again.Message);
        }
        finally
        {
            sqlite.Dispose();
            EventStores.DeleteSqliteFiles(path);
        }
    }

    private static IEventQueryStore Unavailable()
    {
        TestStores.Postgres(out _); // skips (or fails in CI) with the reason
        throw new InvalidOperationException("unreachable");
    }

    public override void Dispose() => _cleanup?.Invoke();
}
