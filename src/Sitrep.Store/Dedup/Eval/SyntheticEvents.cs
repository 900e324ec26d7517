using Sitrep.Core;
using Sitrep.Core.Contract;

namespace Sitrep.Store.Dedup.Eval;

/// <summary>Seeded synthetic records for load tests: <c>eventsPerArticle</c> events per article over ten years,
/// 2,000 towns in 40 countries, realistic code/type/actor mixes; about one event in ten is re-reported by a later
/// article (so dedup merges as it would on a news feed).</summary>
public static class SyntheticEvents
{
    private static readonly (string Cameo, string Plover, string Acled, string Sub)[] Types =
    [
        ("190", "FIGHT", "Battles", "Armed clash"),
        ("193", "FIGHT", "Battles", "Armed clash"),
        ("195", "ASSAULT", "Explosions/Remote violence", "Air/drone strike"),
        ("194", "ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("183", "ASSAULT", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("180", "ASSAULT", "Violence against civilians", "Attack"),
        ("141", "PROTEST", "Protests", "Peaceful protest"),
        ("145", "PROTEST", "Riots", "Violent demonstration"),
        ("173", "ARREST", "Strategic developments", "Arrests"),
        ("0233", "AID", "Strategic developments", "Other"),
    ];

    private static readonly string[] Words = ["market", "checkpoint", "convoy", "village", "hospital", "school", "bridge", "camp", "mosque", "border"];

    public static IEnumerable<SitrepRecord> Generate(int events, int eventsPerArticle = 5, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateOnly(2015, 1, 1);
        var made = 0;
        var article = 0;
        var recent = new List<EventRecord>();
        while (made < events)
        {
            var published = start.AddDays(random.Next(3650));
            var list = new List<EventRecord>(eventsPerArticle);
            var body = new System.Text.StringBuilder();
            for (var i = 0; i < eventsPerArticle && made < events; i++, made++)
            {
                EventRecord e;
                if (recent.Count > 100 && random.NextDouble() < 0.1)
                {
                    // Another outlet's account of an earlier event, with a different toll.
                    var original = recent[random.Next(recent.Count)];
                    e = new EventRecord
                    {
                        Id = "e" + (i + 1), Cameo = original.Cameo, Plover = original.Plover, AcledEventType = original.AcledEventType,
                        AcledSubEventType = original.AcledSubEventType, Date = original.Date, DatePrecision = "day",
                        Actor1 = original.Actor1, Actor2 = original.Actor2, Location = original.Location,
                        Fatalities = original.Fatalities is { } f ? new QuantityRecord { Low = f.Low + 1, Best = f.Best + 1 } : null,
                        Sentence = default, Confidence = 0.7,
                    };
                }
                else
                {
                    var type = Types[random.Next(Types.Length)];
                    // 2,000 towns, 50 in each of 40 countries (a 6°×6° box per country), as a long-running feed sees.
                    var place = random.Next(2000);
                    var nation = place % 40;
                    var country = nation.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
                    var iso2 = $"{(char)('A' + nation / 26)}{(char)('A' + nation % 26)}";
                    var lat = -40 + nation % 8 * 10 + place / 40 % 7 * 0.9 + random.NextDouble() * 0.02;
                    var lon = -100 + nation / 8 * 40 + place / 40 / 7 * 0.9 + random.NextDouble() * 0.02;
                    var killed = type.Acled is "Protests" or "Strategic developments" ? 0 : (int)Math.Floor(-Math.Log(1 - random.NextDouble()) * 8);
                    e = new EventRecord
                    {
                        Id = "e" + (i + 1), Cameo = type.Cameo, Plover = type.Plover, AcledEventType = type.Acled, AcledSubEventType = type.Sub,
                        Date = published.AddDays(-random.Next(3)), DatePrecision = "day",
                        Actor1 = new ActorRecord { Text = "forces", Code = $"C{country}MIL", Country = $"C{country}", Role = "MIL" },
                        Actor2 = random.Next(2) == 0 ? new ActorRecord { Text = "civilians", Code = $"C{country}CVL", Country = $"C{country}", Role = "CVL" } : null,
                        Location = new LocationRecord
                        {
                            Text = $"Town {place}", Name = $"Town {place}", Lat = lat, Lon = lon, Country = iso2, Precision = "city",
                            Admin1 = $"Province {place / 40 % 7}", GeonamesId = 1000 + place,
                        },
                        Fatalities = killed > 0 ? new QuantityRecord { Low = killed, Best = killed } : null,
                        Sentence = default, Confidence = 0.6 + random.NextDouble() * 0.3,
                    };
                    recent.Add(e);
                    if (recent.Count > 2000)
                    {
                        recent.RemoveAt(0);
                    }
                }
                var sentenceStart = body.Length;
                body.Append($"Report {article}.{i}: {e.AcledSubEventType} near the {Words[random.Next(Words.Length)]} in {e.Location!.Name}. ");
                list.Add(new EventRecord
                {
                    Id = e.Id, Cameo = e.Cameo, Plover = e.Plover, AcledEventType = e.AcledEventType, AcledSubEventType = e.AcledSubEventType,
                    Date = e.Date, DatePrecision = e.DatePrecision, Actor1 = e.Actor1, Actor2 = e.Actor2, Location = e.Location,
                    Fatalities = e.Fatalities, Confidence = e.Confidence, Sentence = new SpanRecord(sentenceStart, body.Length - 1),
                    Evidence = [new EvidenceRecord("event", sentenceStart, body.Length - 1)],
                });
            }
            var text = $"SYNTHETIC article {article} ({seed}). " + body;
            var offset = text.Length - body.Length;
            yield return new SitrepRecord
            {
                Article = new ArticleRecord { Id = ContentHash.Of(text), Body = text, Published = published, Source = $"Outlet {article % 13}" },
                Events = list.Select(x => Shift(x, offset)).ToList(),
            };
            article++;
        }
    }

    private static EventRecord Shift(EventRecord e, int by) => new()
    {
        Id = e.Id, Cameo = e.Cameo, Plover = e.Plover, AcledEventType = e.AcledEventType, AcledSubEventType = e.AcledSubEventType,
        Date = e.Date, DatePrecision = e.DatePrecision, Actor1 = e.Actor1, Actor2 = e.Actor2, Location = e.Location,
        Fatalities = e.Fatalities, Confidence = e.Confidence, Sentence = new SpanRecord(e.Sentence.Start + by, e.Sentence.End + by),
        Evidence = e.Evidence.Select(v => v with { Start = v.Start + by, End = v.End + by }).ToList(),
    };
}
