using Sitrep.Core;
using Sitrep.Core.Contract;

namespace Sitrep.Store.Dedup.Eval;

/// <summary>A hand-made dedup test set (FICTIONAL stories at real places): the same happening told by differently
/// worded articles, plus near-misses that must stay apart (same place other day, same day other family, a
/// neighbouring town, the other side's attack). Each event carries its gold cluster. See docs/dedup.md.</summary>
public static class DedupTestSet
{
    /// <summary>The records, and for every (article id, event id) its gold cluster.</summary>
    public static (List<SitrepRecord> Records, Dictionary<(string Article, string Event), string> Gold) Build()
    {
        var b = new Builder();

        // C1: mortar attack on a Mosul market, three tellings; C2 (arrests, same place and day) must stay apart.
        b.Article("Agence France-Presse", "2024-03-14",
                "MOSUL, March 14 (AFP) - Jihadists shelled a busy market in Iraq's second city Mosul on Thursday, killing 14 civilians and wounding dozens, medics said. " +
                "Iraqi forces detained five men suspected of launching the attack, the interior ministry said.")
            .Event("C1", "Jihadists shelled a busy market", "195", "ASSAULT", "Explosions/Remote violence", "2024-03-14",
                A("Jihadists", null, "INS", null), A("civilians", "IRQ", "CVL", "IRQCVL"), Mosul, Q(14, 14, null), "killing 14 civilians")
            .Event("C2", "Iraqi forces detained five men", "173", "ARREST", "Strategic developments", "2024-03-14",
                A("Iraqi forces", "IRQ", "MIL", "IRQMIL"), null, Mosul, null, null);
        b.Article("Reuters", "2024-03-14",
                "BAGHDAD (Reuters) - A mortar attack blamed on Islamic State militants killed at least 12 people at a market in western Mosul on Thursday, two security sources said. " +
                "Police later arrested five suspects in the city, the sources added.")
            .Event("C1", "A mortar attack blamed on Islamic State militants killed at least 12 people", "190", "ASSAULT", "Explosions/Remote violence", "2024-03-14",
                A("Islamic State militants", null, "INS", "IMGMUSINS"), A("people", null, "CVL", null), BabAlTob, Q(12, 12, null), "killed at least 12 people")
            .Event("C2", "Police later arrested five suspects", "173", "ARREST", "Strategic developments", "2024-03-14",
                A("Police", "IRQ", "COP", "IRQCOP"), null, Mosul, null, null);
        b.Article("Rudaw", "2024-03-15",
                "ERBIL, Kurdistan Region - The death toll from Thursday's mortar strike on the Bab al-Tob market in Mosul has risen to 17, a provincial health official told Rudaw on Friday.")
            .Event("C1", "The death toll from Thursday's mortar strike on the Bab al-Tob market in Mosul has risen to 17", "195", "ASSAULT", "Explosions/Remote violence", "2024-03-14",
                null, null, BabAlTob, Q(17, 17, null), "risen to 17");

        // C3: army–M23 clash near Sake, two tellings with different tolls; C4: a clash there two weeks later.
        b.Article("Associated Press", "2024-03-16",
                "GOMA, Congo (AP) - Fighting between M23 rebels and Congolese troops near the town of Sake killed nine soldiers on Friday, an army spokesman said.")
            .Event("C3", "Fighting between M23 rebels and Congolese troops near the town of Sake killed nine soldiers", "190", "FIGHT", "Battles", "2024-03-15",
                A("M23 rebels", "COD", "REB", "CODREB"), A("Congolese troops", "COD", "MIL", "CODMIL"), Sake, Q(9, 9, null), "killed nine soldiers");
        b.Article("Agence France-Presse", "2024-03-16",
                "KINSHASA (AFP) - Congo's army said seven of its soldiers died in clashes with the M23 around Sake, west of Goma, on Friday.")
            .Event("C3", "Congo's army said seven of its soldiers died in clashes with the M23 around Sake", "193", "FIGHT", "Battles", "2024-03-15",
                A("Congo's army", "COD", "MIL", "CODMIL"), A("the M23", "COD", "REB", "CODREB"), Sake, Q(7, 7, null), "seven of its soldiers died");
        b.Article("Radio Okapi", "2024-03-30",
                "GOMA - New clashes between the FARDC and M23 rebels broke out near Sake on Saturday, leaving at least four dead, local sources said.")
            .Event("C4", "New clashes between the FARDC and M23 rebels broke out near Sake on Saturday", "190", "FIGHT", "Battles", "2024-03-30",
                A("the FARDC", "COD", "MIL", "CODMIL"), A("M23 rebels", "COD", "REB", "CODREB"), Sake, Q(4, 4, null), "at least four dead");

        // C5: a Khartoum protest told twice; C6: a protest the same day in Omdurman, across the Nile (~18 km).
        b.Article("Sudan Tribune", "2024-03-20",
                "KHARTOUM - Hundreds of demonstrators marched in central Khartoum on Wednesday demanding an end to the war, witnesses said. " +
                "A separate rally was held in Omdurman's Souq Libya area the same day.")
            .Event("C5", "Hundreds of demonstrators marched in central Khartoum", "141", "PROTEST", "Protests", "2024-03-20",
                A("demonstrators", "SDN", "CVL", "SDNCVL"), null, Khartoum, null, null)
            .Event("C6", "A separate rally was held in Omdurman's Souq Libya area", "141", "PROTEST", "Protests", "2024-03-20",
                A("protesters", "SDN", "CVL", "SDNCVL"), null, Omdurman, null, null);
        b.Article("Reuters", "2024-03-21",
                "CAIRO (Reuters) - Protesters took to the streets of Khartoum on Wednesday to call for a ceasefire between the army and the Rapid Support Forces.")
            .Event("C5", "Protesters took to the streets of Khartoum on Wednesday", "141", "PROTEST", "Protests", "2024-03-20",
                A("Protesters", "SDN", "CVL", "SDNCVL"), null, Khartoum, null, null);

        // C7: a jihadist attack on Djibo, vague and precise tolls.
        b.Article("Agence France-Presse", "2024-03-23",
                "OUAGADOUGOU (AFP) - Dozens of civilians were killed when jihadists attacked Djibo in northern Burkina Faso on Friday, security sources said.")
            .Event("C7", "Dozens of civilians were killed when jihadists attacked Djibo", "180", "ASSAULT", "Violence against civilians", "2024-03-22",
                A("jihadists", "BFA", "INS", "BFAINS"), A("civilians", "BFA", "CVL", "BFACVL"), Djibo, Q(24, 36, null, estimated: true), "Dozens of civilians were killed");
        b.Article("Reuters", "2024-03-24",
                "DAKAR (Reuters) - At least 30 civilians were killed in an attack by Islamist militants on the town of Djibo on March 22, a local official said, while a humanitarian source put the toll at 41.")
            .Event("C7", "At least 30 civilians were killed in an attack by Islamist militants on the town of Djibo", "180", "ASSAULT", "Violence against civilians", "2024-03-22",
                A("Islamist militants", "BFA", "INS", "BFAINS"), A("civilians", "BFA", "CVL", "BFACVL"), Djibo, Q(30, 30, 41), "At least 30 civilians were killed");

        // C8: air strikes on east Aleppo told twice; C9: rebel shelling of west Aleppo the same day.
        b.Article("Agence France-Presse", "2016-11-30",
                "ALEPPO (AFP) - Regime air strikes killed 26 civilians in rebel-held east Aleppo on Wednesday, a monitor said. " +
                "Rebel shelling on government-held west Aleppo killed eight people, state media said.")
            .Event("C8", "Regime air strikes killed 26 civilians in rebel-held east Aleppo", "195", "ASSAULT", "Explosions/Remote violence", "2016-11-30",
                A("Regime", "SYR", "GOV", "SYRGOV"), A("civilians", "SYR", "CVL", "SYRCVL"), Aleppo, Q(26, 26, null), "killed 26 civilians")
            .Event("C9", "Rebel shelling on government-held west Aleppo killed eight people", "195", "ASSAULT", "Explosions/Remote violence", "2016-11-30",
                A("Rebel", "SYR", "REB", "SYRREB"), A("people", "SYR", "CVL", "SYRCVL"), Aleppo, Q(8, 8, null), "killed eight people");
        b.Article("Reuters", "2016-12-01",
                "BEIRUT (Reuters) - Syrian government warplanes bombed eastern Aleppo on Wednesday, killing at least 25 civilians, the Syrian Observatory for Human Rights said.")
            .Event("C8", "Syrian government warplanes bombed eastern Aleppo on Wednesday", "195", "ASSAULT", "Explosions/Remote violence", "2016-11-30",
                A("Syrian government warplanes", "SYR", "MIL", "SYRMIL"), A("civilians", "SYR", "CVL", "SYRCVL"), Aleppo, Q(25, 25, null), "killing at least 25 civilians");

        // C10: an overnight missile strike on Kharkiv dated a day apart by two outlets; C11: another strike 3 days later.
        b.Article("Ukrainska Pravda", "2024-03-22",
                "KHARKIV - Russian missiles hit energy facilities in Kharkiv on Friday night, killing two people, the regional governor said.")
            .Event("C10", "Russian missiles hit energy facilities in Kharkiv", "195", "ASSAULT", "Explosions/Remote violence", "2024-03-22",
                A("Russian missiles", "RUS", "MIL", "RUSMIL"), null, Kharkiv, Q(2, 2, null), "killing two people");
        b.Article("Reuters", "2024-03-23",
                "KYIV (Reuters) - A Russian missile attack overnight into Saturday knocked out power in Kharkiv and killed two, officials said.")
            .Event("C10", "A Russian missile attack overnight into Saturday knocked out power in Kharkiv and killed two", "195", "ASSAULT", "Explosions/Remote violence", "2024-03-23",
                A("Russian", "RUS", "MIL", "RUSMIL"), null, Kharkiv, Q(2, 2, null), "killed two");
        b.Article("Kyiv Independent", "2024-03-26",
                "KHARKIV - A Russian glide bomb struck a residential block in Kharkiv on Monday, injuring 11 people, Governor Oleh Syniehubov said.")
            .Event("C11", "A Russian glide bomb struck a residential block in Kharkiv on Monday", "195", "ASSAULT", "Explosions/Remote violence", "2024-03-25",
                A("Russian", "RUS", "MIL", "RUSMIL"), A("residential block", "UKR", "CVL", "UKRCVL"), Kharkiv, null, null);

        // C12: a Mogadishu car bomb (a singleton on the day of C1).
        b.Article("Garowe Online", "2024-03-14",
                "MOGADISHU - An al-Shabaab car bomb exploded near a checkpoint in Mogadishu on Thursday, killing five soldiers.")
            .Event("C12", "An al-Shabaab car bomb exploded near a checkpoint in Mogadishu", "183", "ASSAULT", "Explosions/Remote violence", "2024-03-14",
                A("al-Shabaab", "SOM", "INS", "SOMINS"), A("soldiers", "SOM", "MIL", "SOMMIL"), Mogadishu, Q(5, 5, null), "killing five soldiers");

        // C13: one outlet names Gaza City, the other only the Gaza governorate; C14: Tal Afar, same family, 60 km from Mosul.
        b.Article("Al Jazeera", "2024-03-18",
                "GAZA CITY - An Israeli air strike on a house in Gaza City killed 12 members of one family on Monday, the health ministry said.")
            .Event("C13", "An Israeli air strike on a house in Gaza City killed 12 members of one family", "195", "ASSAULT", "Explosions/Remote violence", "2024-03-18",
                A("Israeli", "ISR", "MIL", "ISRMIL"), A("members of one family", "PSE", "CVL", "PSECVL"), GazaCity, Q(12, 12, null), "killed 12 members");
        b.Article("Associated Press", "2024-03-19",
                "JERUSALEM (AP) - At least 10 Palestinians were killed in an Israeli strike in northern Gaza on Monday, according to local health officials.")
            .Event("C13", "At least 10 Palestinians were killed in an Israeli strike in northern Gaza", "195", "ASSAULT", "Explosions/Remote violence", "2024-03-18",
                A("Israeli", "ISR", "MIL", "ISRMIL"), A("Palestinians", "PSE", "CVL", "PSECVL"), NorthGaza, Q(10, 10, null), "At least 10 Palestinians were killed");
        b.Article("Shafaq News", "2024-03-14",
                "NINEVEH - A roadside bomb hit an army patrol near Tal Afar on Thursday, wounding three soldiers, a security source said.")
            .Event("C14", "A roadside bomb hit an army patrol near Tal Afar", "183", "ASSAULT", "Explosions/Remote violence", "2024-03-14",
                null, A("an army patrol", "IRQ", "MIL", "IRQMIL"), TalAfar, null, null);

        return (b.Records, b.Gold);
    }

    private static ActorRecord A(string text, string? country, string? role, string? code) =>
        new() { Text = text, Country = country, Role = role, Code = code };

    private static QuantityRecord Q(int? low, int? best, int? high, bool estimated = false) =>
        new() { Low = low, Best = best, High = high, Estimated = estimated };

    private static LocationRecord L(string name, double lat, double lon, string country, string admin1, string precision, long geonamesId) =>
        new() { Text = name, Name = name, Lat = lat, Lon = lon, Country = country, Admin1 = admin1, Precision = precision, GeonamesId = geonamesId };

    private static readonly LocationRecord Mosul = L("Mosul", 36.335, 43.11889, "IQ", "Nineveh", "city", 99072);
    private static readonly LocationRecord BabAlTob = L("Bab al-Tob", 36.3405, 43.1302, "IQ", "Nineveh", "neighbourhood", 99071);
    private static readonly LocationRecord TalAfar = L("Tal Afar", 36.37404, 42.44838, "IQ", "Nineveh", "city", 97990);
    private static readonly LocationRecord Sake = L("Sake", -1.57361, 29.04500, "CD", "North Kivu", "city", 205337);
    private static readonly LocationRecord Khartoum = L("Khartoum", 15.55177, 32.53241, "SD", "Khartoum", "city", 379252);
    private static readonly LocationRecord Omdurman = L("Omdurman", 15.64453, 32.47773, "SD", "Khartoum", "city", 365137);
    private static readonly LocationRecord Djibo = L("Djibo", 14.10202, -1.62924, "BF", "Sahel", "city", 2361177);
    private static readonly LocationRecord Aleppo = L("Aleppo", 36.20124, 37.16117, "SY", "Aleppo", "city", 170063);
    private static readonly LocationRecord Kharkiv = L("Kharkiv", 49.98081, 36.25272, "UA", "Kharkiv", "city", 706483);
    private static readonly LocationRecord Mogadishu = L("Mogadishu", 2.03711, 45.34375, "SO", "Banaadir", "city", 53654);
    private static readonly LocationRecord GazaCity = L("Gaza City", 31.50161, 34.46672, "PS", "Gaza Strip", "city", 281133);
    private static readonly LocationRecord NorthGaza = L("North Gaza", 31.54, 34.51, "PS", "Gaza Strip", "admin2", 7303900);

    private sealed class Builder
    {
        public readonly List<SitrepRecord> Records = [];
        public readonly Dictionary<(string, string), string> Gold = [];
        private SitrepRecord? _current;

        public Builder Article(string source, string published, string body)
        {
            _current = new SitrepRecord
            {
                Article = new ArticleRecord
                {
                    Id = ContentHash.Of(body), Body = body, Source = source, Title = body[..Math.Min(60, body.Length)],
                    Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                },
            };
            Records.Add(_current);
            return this;
        }

        public Builder Event(string cluster, string sentencePhrase, string cameo, string plover, string acled, string date,
            ActorRecord? actor1, ActorRecord? actor2, LocationRecord location, QuantityRecord? fatalities, string? fatalitiesPhrase)
        {
            var record = _current!;
            var body = record.Article.Body;
            var (start, end) = Find(body, sentencePhrase);
            var evidence = new List<EvidenceRecord> { new("event", start, end) };
            if (fatalitiesPhrase is not null)
            {
                var (fs, fe) = Find(body, fatalitiesPhrase);
                evidence.Add(new EvidenceRecord("fatalities", fs, fe));
            }
            var placeAt = body.IndexOf(location.Name!.Split(' ')[^1], StringComparison.Ordinal);
            if (placeAt >= 0)
            {
                evidence.Add(new EvidenceRecord("location", placeAt, placeAt + location.Name.Split(' ')[^1].Length));
            }
            if (actor1 is not null && body.IndexOf(actor1.Text, StringComparison.Ordinal) is var a1 and >= 0)
            {
                evidence.Add(new EvidenceRecord("actor1", a1, a1 + actor1.Text.Length));
            }
            var id = "e" + (record.Events.Count + 1);
            record.Events.Add(new EventRecord
            {
                Id = id, Cameo = cameo, Plover = plover, AcledEventType = acled,
                Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DatePrecision = "day",
                Actor1 = actor1, Actor2 = actor2, Location = location, Fatalities = fatalities,
                Sentence = new SpanRecord(start, end), Evidence = evidence, Confidence = 0.8,
            });
            Gold[(record.Article.Id, id)] = cluster;
            return this;
        }

        private static (int, int) Find(string body, string phrase)
        {
            var at = body.IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"test set: '{phrase}' is not in its article");
            }
            return (at, at + phrase.Length);
        }
    }
}
