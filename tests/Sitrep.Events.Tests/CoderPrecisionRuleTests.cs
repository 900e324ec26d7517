using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Events.Evaluation;
using Sitrep.Testing;

namespace Sitrep.Events.Tests;

/// <summary>The news coder's precision rules on fictional sentences written for these tests (not the samples the
/// rules were tuned on): places, reporters and modifiers are not actors, counts belong to the victims, one event
/// per happening.</summary>
public sealed class CoderPrecisionRuleTests
{
    private static readonly DateOnly Day = new(2025, 6, 4);

    private static List<EventRecord> Code(string text) => SampleDocument.Code(text, Day).Events;

    private static string Listing(IEnumerable<EventRecord> events) =>
        string.Join("\n", events.Select(e => $"{e.Cameo} {e.Actor1?.Text}/{e.Actor1?.Code} -> {e.Actor2?.Text}/{e.Actor2?.Code} k{e.Fatalities?.Best} i{e.Injured?.Best} det{e.Detained?.Best}"));

    [Fact]
    public void TheSpeakerOfAReportingClauseIsNotAParticipant()
    {
        var events = Code("Rebels shelled the village of Karam on Monday, killing five civilians and wounding 12, residents said.");
        var e = Assert.Single(events);
        Assert.Equal("REB", e.Actor1?.Role);
        Assert.Equal("CVL", e.Actor2?.Role);
        Assert.Equal(5, e.Fatalities?.Best);
        Assert.Equal(12, e.Injured?.Best);
        Assert.DoesNotContain(events, x => x.Actor1?.Text == "residents" || x.Actor2?.Text == "residents");
    }

    [Fact]
    public void NoEventHasTheSameGroupOnBothSides()
    {
        var events = Code("At least six policemen were killed in the fighting, an official said.");
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor1 is not null && e.Actor1.Code == e.Actor2?.Code);
        Assert.Contains(events, e => e.Fatalities?.Best == 6 && e.Actor2?.Role == "COP");
    }

    [Fact]
    public void TheAttackersCountIsNotAToll()
    {
        var events = Code("Dozens of gunmen raided the checkpoint before dawn.");
        Assert.DoesNotContain(events, e => e.Fatalities is not null);
        Assert.Contains(events, e => e.Actor1?.Text == "gunmen");
    }

    [Fact]
    public void AnAttackVerbLeavesTheCountToTheParticipleThatCountsIt()
    {
        // "struck … wounding more than 30 people": 30 wounded, nobody reported killed
        var document = SampleDocument.CodeWithPlaces("Warplanes also struck Karam and Tell Safa, wounding more than 30 people.", Day, SampleDocument.Coder,
            (name, at) => new PlaceRecord { Text = name, Start = at, End = at + name.Length, Name = name, Lat = 35.9, Lon = 36.6, Country = "SY", FeatureCode = "PPL" },
            "Karam", "Tell Safa");
        Assert.Contains(document.Events, e => e.Injured?.Low == 30);
        Assert.DoesNotContain(document.Events, e => e.Fatalities is not null);
    }

    [Theory]
    [InlineData("Missiles struck an apartment block near the station overnight, killing seven people.", "NOUN", false)]
    [InlineData("Farmers block the main road near the station to protest fuel prices.", "VERB", true)]
    public void AVerbTriggerTheTaggerReadsAsANounIsNoEvent(string text, string blockTag, bool blockade)
    {
        // "an apartment block" is no blockade (CAMEO 144); "farmers block the road" is
        var document = new Document(text) { Published = Day };
        new Sitrep.Text.Tokenizer().Process(document);
        var at = text.IndexOf("block", StringComparison.Ordinal);
        for (var i = 0; i < document.Tokens.Length; i++)
        {
            document.Tokens[i].Upos = document.Tokens[i].Start == at ? blockTag : "X";
        }
        SampleDocument.Coder.Process(document);
        Assert.Equal(blockade, document.Events.Exists(e => e.Cameo == "144"));
    }

    [Fact]
    public void ArmedMenStrikingIsAnAttackWithoutAWeaponWord()
    {
        // "struck" needs a weapon word ("struck a deal", "struck by a car") — unless armed men do the striking
        // (without this, "a school", object of the dropped verb, was the subject of "killing")
        var attack = Assert.Single(Code("Rebel fighters struck a school outside the town, killing three children."));
        Assert.Equal(("REB", 3), (attack.Actor1?.Role, attack.Fatalities?.Best));
        Assert.Empty(Code("The two sides struck a deal on the release of prisoners."));
        Assert.DoesNotContain(Code("Mutinous soldiers fired into the air outside the barracks."), e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void ACountrysWeaponsAreItsMilitaryAndTheirVictimsThePlacesPeople()
    {
        // "Russian missiles": RUSMIL; the people killed in a Ukrainian city are not Russians
        var document = SampleDocument.CodeWithPlaces("Russian missiles struck a school in Kramatorsk, killing seven people.", Day, SampleDocument.Coder,
            (name, at) => new PlaceRecord { Text = name, Start = at, End = at + name.Length, Name = name, Lat = 48.73, Lon = 37.59, Country = "UA", FeatureCode = "PPLA2" },
            "Kramatorsk");
        var e = Assert.Single(document.Events, x => x.Fatalities?.Best == 7);
        Assert.Equal(("RUSMIL", "UKR"), (e.Actor1?.Code, e.Actor2?.Country));
    }

    [Fact]
    public void PoliceAndProtestersAreThePlacesWhereverTheStoryIsFrom()
    {
        const string text = "Ukrainian troops repelled an assault near Bakhmut. Separately, police detained 14 protesters in Moscow.";
        var document = SampleDocument.CodeWithPlaces(text, Day, SampleDocument.Coder, (name, at) => name == "Moscow"
                ? new PlaceRecord { Text = name, Start = at, End = at + name.Length, Name = name, Lat = 55.75, Lon = 37.62, Country = "RU", FeatureCode = "PPLC" }
                : new PlaceRecord { Text = name, Start = at, End = at + name.Length, Name = name, Lat = 48.6, Lon = 38.0, Country = "UA", FeatureCode = "PPL" },
            "Bakhmut", "Moscow");
        var arrest = Assert.Single(document.Events, x => x.Detained?.Best == 14);
        Assert.Equal(("RUSCOP", "RUS"), (arrest.Actor1?.Code, arrest.Actor2?.Country));
    }

    [Fact]
    public void WhoOpensTheReportedClauseIsNoReporter()
    {
        // "The army said soldiers killed …": the soldiers are the killers; in "…, said police" the police only report
        var e = Assert.Single(Code("The army said soldiers killed 15 assailants in clashes near the border on Monday."));
        Assert.Equal(("MIL", 15), (e.Actor1?.Role, e.Fatalities?.Best));
        var reported = Assert.Single(Code("Five civilians were killed in the attack, said police."));
        Assert.Null(reported.Actor1);
    }

    [Fact]
    public void DyingOfWoundsIsNoInjury()
    {
        var e = Assert.Single(Code("Doctors said the two men died of gunshot wounds in the district."));
        Assert.Equal(2, e.Fatalities?.Best);
        Assert.Null(e.Injured);
    }

    [Fact]
    public void AttackersGettingAwayAreNotDisplaced()
    {
        var events = Code("The gunmen burned shops and stole livestock before fleeing on motorbikes. Dozens of families fled the village.");
        var displaced = Assert.Single(events, e => e.Cameo == "201");
        Assert.Equal("CVL", displaced.Actor2?.Role);
    }

    [Fact]
    public void OfTwoAccountsOfOneDisplacementTheWrittenNumberStays()
    {
        var events = Code("Thousands of families have fled the valley since the offensive began, the agency said, estimating that 40,000 people were displaced.");
        var e = Assert.Single(events, x => x.Displaced is not null);
        Assert.Equal((40000, false), (e.Displaced!.Best, e.Displaced.Estimated));
    }

    [Fact]
    public void CoordinatedVerbsShareTheirSubjectAndTheirCountsStayApart()
    {
        var events = Code("Militants killed nine soldiers and wounded four in an ambush near the border.");
        var e = Assert.Single(events);
        Assert.Equal("REB", e.Actor1?.Role);
        Assert.Equal("MIL", e.Actor2?.Role);
        Assert.Equal(9, e.Fatalities?.Best);
        Assert.Equal(4, e.Injured?.Best);
    }

    [Fact]
    public void AResolvedTownIsAPlaceNotATarget()
    {
        var document = SampleDocument.CodeWithPlaces("Insurgents fired rockets at Kirkuk on Monday, killing three civilians.", Day, SampleDocument.Coder,
            (name, at) => new PlaceRecord { Text = name, Start = at, End = at + name.Length, Name = name, GeonamesId = 94787, Lat = 35.47, Lon = 44.39, Country = "IQ", FeatureCode = "PPLA" },
            "Kirkuk");
        Assert.DoesNotContain(document.Events, e => e.Actor1?.Text == "Kirkuk" || e.Actor2?.Text == "Kirkuk");
        Assert.Contains(document.Events, e => e.Actor2?.Role == "CVL" && e.Fatalities?.Best == 3);
    }

    [Fact]
    public void ANameAfterTownOfOrBeforeAFacilityNounIsAPlace()
    {
        var events = Code("Police detained 12 people in the town of Nurabad after a blast at the Qasr al-Nour market.");
        Assert.DoesNotContain(events, e => e.Actor2?.Text is "Nurabad" or "Qasr" || e.Actor1?.Text is "Nurabad" or "Qasr");
        Assert.Contains(events, e => e.Cameo == "173" && e.Detained?.Best == 12 && e.Actor2?.Text == "people");
    }

    [Fact]
    public void AMeetingIsOneEventAndANationalityAdjectiveIsNoActor()
    {
        var events = Code("Egypt's foreign minister met the Qatari envoy in Cairo on Monday to discuss a new round of talks on the Libyan crisis.");
        var e = Assert.Single(events, x => x.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal("EGY", e.Actor1?.Country);
        Assert.DoesNotContain(events, x => x.Actor2?.Text == "Libyan");
    }

    [Fact]
    public void TheRightToProtestIsNoProtest()
    {
        var events = Code("The European Union called on the government to respect the right to peaceful protest.");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUndatedRelativeClauseDescribesRatherThanReports()
    {
        var events = Code("Hundreds of families who fled the war have yet to return.");
        Assert.Empty(events);
    }

    [Fact]
    public void TheAttackMentionedAgainIsNotANewAttack()
    {
        var events = Code("Rebels attacked an army base on Tuesday.\n\nPolice arrested three men suspected of planning the attack.");
        Assert.Single(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("18", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Cameo == "173" && e.Detained?.Best == 3);
    }

    [Fact]
    public void AVowToRetakeIsAThreatNotACapture()
    {
        var events = Code("The government has vowed to retake the province from the rebels.");
        Assert.DoesNotContain(events, e => e.Cameo == "192");
    }

    [Fact]
    public void TheAleppoSampleMeetsItsGoldEvents()
    {
        var gold = GoldEvent.Read(Path.Combine(Repo.Root, "samples", "gold-events.jsonl"))
            .Where(g => g.Article.EndsWith("aleppo-2016-11-30.txt", StringComparison.Ordinal)).ToList();
        Assert.True(gold.Count(g => !g.Optional) >= 6, "the six issue-8 events are in the gold file");
        var d = SampleDocument.Get();
        var scorer = new EventScorer();
        scorer.Score("aleppo", d.Body, d.Events, gold);
        Assert.True(scorer.Recall == 1, "every required Aleppo event:\n" + string.Join("\n", scorer.Log));
        // issue 8: at least 70% of the emitted events are real (gold, required or optional)
        Assert.True((double)(scorer.RequiredFound + scorer.OptionalMatched) / scorer.Emitted >= 0.7, string.Join("\n", scorer.Log));
    }

    [Fact]
    public void TheAfricanUnionIsAnIgo()
    {
        // the Phoenix dictionaries list only its predecessor, the OAU
        var e = Assert.Single(Code("The African Union called on the authorities to respect the right to peaceful protest."));
        Assert.Equal(("100", "IGOAFRAU"), (e.Cameo, e.Actor1?.Code));
    }

    [Fact]
    public void ForceOnProtestersIsRepressionAndOnlyLethalForceIsExcessive()
    {
        var gas = Assert.Single(Code("Police fired tear gas at demonstrators in the capital on Tuesday."));
        Assert.Equal(("175", "Protests", "Protest with intervention"), (gas.Cameo, gas.AcledEventType, gas.AcledSubEventType));
        Assert.Equal(("COP", "OPP"), (gas.Actor1?.Role, gas.Actor2?.Role));
        var fire = Assert.Single(Code("Troops opened fire on protesters in the capital on Monday, killing three."));
        Assert.Equal(("175", "Excessive force against protesters", 3), (fire.Cameo, fire.AcledSubEventType, fire.Fatalities?.Best));
        // "riot police" are police, not a riot
        var dispersal = Assert.Single(Code("Riot police dispersed hundreds of protesters in the capital on Friday."));
        Assert.Equal("175", dispersal.Cameo);
    }

    [Fact]
    public void ProtestersBurningAndBlockingIsOneRiot()
    {
        // "set fire to" is no modal "set (to)"; "Prince" in Port-au-Prince is no royal actor
        var riot = Assert.Single(Code("Protesters set fire to tyres and blocked roads in Port-au-Prince on Monday."));
        Assert.Equal(("145", "Riots", "Violent demonstration"), (riot.Cameo, riot.AcledEventType, riot.AcledSubEventType));
        Assert.Null(riot.Modality);
        Assert.Null(riot.Actor2);
    }

    [Fact]
    public void ItRefersBackAndAPrepositionalObjectIsNoSubject()
    {
        var retaken = Assert.Single(Code("The army said it had retaken the town on Tuesday."));
        Assert.Equal(("192", "MIL"), (retaken.Cameo, retaken.Actor1?.Role));
        var strike = Assert.Single(Code("An air strike on a hospital in the city killed at least nine people on Saturday."));
        Assert.Null(strike.Actor1); // the hospital was hit; it did not kill
        Assert.Equal(9, strike.Fatalities?.Low);
    }

    [Fact]
    public void ArrestsInRaidsAreArrestsAndTheArrestersDidNotMakeAnEarlierAttack()
    {
        var raids = Assert.Single(Code("Soldiers arrested 15 men in raids across the province overnight."));
        Assert.Equal(("173", 15), (raids.Cameo, raids.Detained?.Best));
        var events = Code("Police arrested five suspects after an attack on a checkpoint that killed two officers.");
        var attack = Assert.Single(events, e => e.Fatalities is not null);
        Assert.NotEqual("COP", attack.Actor1?.Role);
        Assert.Equal(2, attack.Fatalities!.Best);
    }

    [Fact]
    public void PeopleForcedToFleeAreDisplacedNotKilled()
    {
        var events = Code("Heavy shelling forced some 5,000 residents to flee their homes in the town last week.");
        Assert.Equal(5000, Assert.Single(events, e => e.Cameo == "201").Displaced?.Best);
        Assert.DoesNotContain(events, e => e.Fatalities is not null);
        Assert.Contains(events, e => e.Cameo == "194"); // the shelling itself stays an event
    }

    [Fact]
    public void FightingThatKillsCiviliansIsStillABattle()
    {
        var clash = Assert.Single(Code("Clashes between two clans in the town left 12 people dead and 20 wounded on Sunday."));
        Assert.Equal(("Battles", "Armed clash", 12), (clash.AcledEventType, clash.AcledSubEventType, clash.Fatalities?.Best));
        // a one-sided killing stays violence against civilians
        var attack = Assert.Single(Code("Gunmen killed five civilians in an attack on a village on Monday."));
        Assert.Equal("Violence against civilians", attack.AcledEventType);
        // "captured the town after heavy fighting with government forces": the takers fought
        var fight = Assert.Single(Code("The rebels captured the town after heavy fighting with government forces on Monday."), e => e.Cameo == "190");
        Assert.Equal(("REB", "MIL"), (fight.Actor1?.Role, fight.Actor2?.Role));
    }

    [Fact]
    public void ASecondParticipleKeepsItsOwnCount()
    {
        var events = Code("At least 12 people were injured and nearly 40 detained in clashes in the capital on Friday.");
        Assert.Equal(12, Assert.Single(events, e => e.Injured is not null).Injured!.Low);
        Assert.Equal(40, Assert.Single(events, e => e.Detained is not null).Detained!.Best);
    }

    [Fact]
    public void GroupsThePhoenixDictionariesLackAreCoded()
    {
        Assert.Equal("YEMREB", Assert.Single(Code("Houthi rebels fired missiles at Marib on Monday.")).Actor1?.Code);
        var clash = Assert.Single(Code("MONUSCO peacekeepers clashed with M23 fighters near Goma on Monday."));
        Assert.Equal(("IGOUNOPKO", "CODREB"), (clash.Actor1?.Code, clash.Actor2?.Code));
    }

    [Fact]
    public void TheSubjectOfALaterClauseIsNotWhatPeopleFled()
    {
        var events = Code("More than 40,000 people have fled their homes after M23 rebels seized the town on Friday.");
        var flight = Assert.Single(events, e => e.Displaced is not null);
        Assert.Null(flight.Actor1);
        Assert.Contains(events, e => e.Cameo == "192" && e.Actor1?.Code == "CODREB");
        // an armed object of the verb is the cause: "fleeing regime forces"
        var fleeing = Assert.Single(Code("Thousands of civilians were fleeing regime forces in the south on Monday."), e => e.Displaced is not null);
        Assert.Equal("MIL", fleeing.Actor1?.Role);
    }

    [Fact]
    public void AStandInHeadTakesTheRoleOfTheGroupItsOfPhraseNames()
    {
        var events = Code("Representatives of the Syrian opposition met Russian officials in Ankara on Tuesday.");
        var e = Assert.Single(events, x => x.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal("SYROPP", e.Actor1?.Code);
        Assert.DoesNotContain("GOV", e.Actor1?.Code ?? "", StringComparison.Ordinal);
        Assert.Equal("RUSGOV", e.Actor2?.Code);

        // with no role in the "of" phrase the head keeps its own: "officials of Turkey" are its government
        var turkey = Code("Officials of Turkey met the UN envoy in Geneva on Tuesday.");
        Assert.Contains(turkey, x => x.Actor1?.Code == "TURGOV");
    }
}
