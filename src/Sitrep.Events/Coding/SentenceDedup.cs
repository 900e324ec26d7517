using Sitrep.Core.Contract;

namespace Sitrep.Events.Coding;

/// <summary>One event per happening in a sentence: "met … to discuss a new round of talks" is one meeting. Two
/// events of a sentence overlap when their CAMEO codes are equal (or one is its root's general code, "040" and
/// "042"; any two protest codes), their dates agree and each actor side is empty on one of them or codes alike; the fuller one is kept (of two as full, the
/// one with written numbers rather than "thousands").</summary>
public static class SentenceDedup
{
    /// <summary>True when <paramref name="record"/> overlaps an event already kept (the fuller of the two stays in
    /// <paramref name="kept"/>).</summary>
    public static bool Absorbed(List<EventRecord> kept, EventRecord record)
    {
        for (var i = 0; i < kept.Count; i++)
        {
            var other = kept[i];
            if (!SameAction(other.Cameo, record.Cameo) || other.Date != record.Date || other.Modality != record.Modality) continue;
            if (!Compatible(other.Actor1, record.Actor1) || !Compatible(other.Actor2, record.Actor2)) continue;
            // a protest that turned violent is the riot (145), whichever of its acts came first
            // of two as full, the one with written numbers: "thousands of families have fled …, estimating that 40,000
            // people were displaced" is 40,000 displaced
            var fuller = Fullness(record) - Fullness(other) is var d && d != 0 ? d > 0 : WrittenCounts(record) > WrittenCounts(other);
            if (fuller || record.Cameo == "145" && other.Cameo != "145") kept[i] = record;
            return true;
        }
        return false;
    }

    private static bool SameAction(string a, string b)
    {
        if (a == b) return true;
        if (a.Length < 3 || b.Length < 3 || string.CompareOrdinal(a, 0, b, 0, 2) != 0) return false;
        // violent codes merge earlier, by perpetrator (EventCoder.MergeViolent); "190" fighting is not "192" capture
        if (a[..2] is "18" or "19" or "20") return false;
        // "set fire to tyres and blocked roads": one protest, however many forms it took
        if (a[..2] is "14") return true;
        return a[2] == '0' || b[2] == '0';
    }

    private static bool Compatible(ActorRecord? a, ActorRecord? b) => a is null || b is null || a.Code is not null && a.Code == b.Code;

    private static int WrittenCounts(EventRecord e) =>
        Written(e.Fatalities) + Written(e.Injured) + Written(e.Displaced) + Written(e.Detained);

    private static int Written(QuantityRecord? q) => q is { Estimated: false } ? 1 : 0;

    private static int Fullness(EventRecord e) =>
        (e.Actor1 is null ? 0 : 2) + (e.Actor2 is null ? 0 : 2) + (e.Fatalities is null ? 0 : 1) + (e.Injured is null ? 0 : 1)
        + (e.Displaced is null ? 0 : 1) + (e.Detained is null ? 0 : 1) + (e.Location is null ? 0 : 1);
}
