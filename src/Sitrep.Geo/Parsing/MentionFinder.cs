using Sitrep.Core.Pipeline;
using Sitrep.Geo.Gazetteer;

namespace Sitrep.Geo.Parsing;

/// <summary>Toponym recognition: NER LOC spans when present, plus longest-match gazetteer lookup over capitalised
/// words with context rules (titles, organisation heads, demonyms, sentence-initial common words). An adjectival
/// demonym before a noun ("Russian troops", "European leaders") is a toponym of its country or region, as GeoWebNews
/// annotates it; such mentions are flagged (<see cref="Mention.Demonym"/>) so the event coder can leave them out.</summary>
public sealed class MentionFinder(Gazetteer.Gazetteer gazetteer)
{
    private const int MaxWords = 6;

    public List<Mention> Find(Document document, List<int> demonymCountries)
    {
        var body = document.Body;
        var words = WordScanner.Scan(body, 0, body.Length);
        var lowercaseSeen = LowercaseWords(body, words);
        // Surnames seen in a full name ("John Kelly") stay names when they come back alone ("Kelly said").
        var personNames = new HashSet<string>(StringComparer.Ordinal);
        var mentions = new List<Mention>();
        Span<char> key = stackalloc char[NameKey.MaxLength + 1];
        Span<char> bestKey = stackalloc char[NameKey.MaxLength + 1];
        Span<char> word = stackalloc char[NameKey.MaxLength];
        var i = 0;
        while (i < words.Count)
        {
            var w = words[i];
            if (!w.Capitalized)
            {
                i++;
                continue;
            }
            var wn = NameKey.Fold(body.AsSpan(w.Start, w.Length), word);
            var demonym = gazetteer.DemonymCountry(body.AsSpan(w.Start, w.Length));
            if (demonym >= 0)
            {
                demonymCountries.Add(demonym);
            }
            var (end, keyLength) = LongestMatch(body, words, i, key, bestKey);
            if (TransliteratedEnd(body, words, i, key) is var translit && translit > end)
            {
                end = translit;
                keyLength = NameKey.Fold(body.AsSpan(w.Start, words[end].End - w.Start), bestKey);
            }
            if ((end < 0 || end == i) && wn > 0 && IsAdjectivalDemonym(body, words, i, word[..wn], demonym))
            {
                mentions.Add(new Mention { Start = w.Start, End = w.End, Key = new string(word[..wn]), Demonym = true });
                i++;
                continue;
            }
            if (end < 0 || demonym >= 0 && end == i)
            {
                i++;
                continue;
            }
            var last = words[end];
            var single = end == i;
            var folded = new string(bestKey[..keyLength]);
            if (Lexicon.NonPlaces.Contains(folded))
            {
                i = end + 1;
                continue;
            }
            if (single && Reject(body, words, i, wn == 0 ? "" : new string(word[..wn]), lowercaseSeen, personNames))
            {
                i++;
                continue;
            }
            // "Thomas Rozen": a given name that is also a town, followed by a surname.
            if (single && Lexicon.GivenNames.Contains(folded) && end + 1 < words.Count && last.After == ' ' &&
                words[end + 1].Start - last.End == 1 && words[end + 1].Capitalized)
            {
                personNames.Add(NameKey.Fold(body.AsSpan(words[end + 1].Start, words[end + 1].Length)));
                i = end + 2;
                continue;
            }
            // "Aleppo Media Center", "Texas Rangers", "Washington Post": part of a longer name.
            // A prominent place inside an organisation's name still names that place ("Ohio Department of
            // Development", "Texas Fire Service"), as both gold standards tag it; a small town so placed is a surname.
            if (end + 1 < words.Count && last.After == ' ' && words[end + 1].Start - last.End == 1 && words[end + 1].Capitalized &&
                IsLongerName(body, words[end + 1]) && !IsProminent(folded) && !IsLocalServiceWord(body, words[end + 1]))
            {
                i = end + 1;
                continue;
            }
            if (InsideOrganisationName(body, words, i) && !IsProminent(folded))
            {
                i = end + 1;
                continue;
            }
            // "Ar-Raqqa": the article belongs to the mention, the gazetteer's "Raqqa" to its key.
            var from = i > 0 && IsJoinedArticle(body, words, i - 1) ? i - 1 : i;
            var mention = new Mention { Start = words[from].Start, End = last.End, Key = folded };
            if (last.After == '.' && folded.EndsWith('.'))
            {
                mention.End = last.End + 1;
            }
            AttachContext(body, words, from, end, mention);
            mentions.Add(mention);
            i = end + 1;
        }
        // A surname that came back alone before its full name ("Kelly said … John Kelly") is dropped too.
        mentions.RemoveAll(m => personNames.Contains(m.Key) && m.Key.IndexOf(' ') < 0 && gazetteer.LookupKey(m.Key) is var h &&
                                !h.IsEmpty && gazetteer[h[0]].Kind < PlaceKind.Admin1);
        AddSubCityMentions(body, words, mentions);
        LinkCommaPairs(body, mentions);
        return mentions;
    }

    /// <summary>A capitalised Arabic article joined by a hyphen to the capitalised word after it ("Ar-Raqqa").</summary>
    private static bool IsJoinedArticle(string body, List<Word> words, int k) =>
        k + 1 < words.Count && words[k].Capitalized && words[k].After == '-' && words[k + 1].Start == words[k].End + 1 &&
        words[k + 1].Capitalized && Lexicon.ArabicArticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(LowerAscii(body.AsSpan(words[k].Start, words[k].Length), stackalloc char[4]));

    /// <summary>The word in lower case when it is at most as long as <paramref name="buffer"/> (articles are), else empty.</summary>
    private static ReadOnlySpan<char> LowerAscii(ReadOnlySpan<char> word, Span<char> buffer) =>
        word.Length <= buffer.Length ? buffer[..word.ToLowerInvariant(buffer)] : default;

    /// <summary>"Russian troops", "European leaders": a singular demonym (country or region) right before another word.
    /// Plurals ("Russians", "Europeans") name people, not the place.</summary>
    private static bool IsAdjectivalDemonym(string body, List<Word> words, int i, ReadOnlySpan<char> folded, int demonym)
    {
        if (demonym < 0 && Resolver.RegionDemonym(folded.ToString()) is null) return false;
        if (folded.EndsWith("s") && !folded.EndsWith("ss")) return false;
        if (i + 1 >= words.Count || words[i].After != ' ' || words[i + 1].Start - words[i].End != 1) return false;
        var next = body.AsSpan(words[i + 1].Start, words[i + 1].Length);
        return char.IsLetter(next[0]) && !Lexicon.FunctionWords.Contains(NameKey.Fold(next));
    }

    /// <summary>"University of Texas", "International Committee of the Red Cross": the place names an organisation.</summary>
    private static bool InsideOrganisationName(string body, List<Word> words, int i)
    {
        var k = i - 1;
        if (k >= 0 && NameKey.Fold(body.AsSpan(words[k].Start, words[k].Length)) == "the") k--;
        if (k < 1 || NameKey.Fold(body.AsSpan(words[k].Start, words[k].Length)) != "of") return false;
        var head = words[k - 1];
        return head.Capitalized && Lexicon.OrgHeads.Contains(NameKey.Fold(body.AsSpan(head.Start, head.Length)));
    }

    private bool IsProminent(string key)
    {
        var hits = gazetteer.LookupKey(key);
        if (hits.IsEmpty) return false;
        var top = gazetteer[hits[0]];
        // Alternate spellings do not count: "Al-Sham" (in "Fateh Al-Sham Front") is an old name of Damascus.
        return top.Kind >= PlaceKind.Admin1 || top.Population >= 100_000 && NameKey.Fold(top.Name) == key;
    }

    /// <summary>"Beverly Hills Police Department", "Saskatoon Fire": a town's own public service still names the town.</summary>
    private static bool IsLocalServiceWord(string body, Word next) =>
        NameKey.Fold(body.AsSpan(next.Start, next.Length)) is "police" or "fire" or "sheriff" or "sheriffs" or "city" or "public" or "municipal";

    private bool IsCountryOrDivision(string key)
    {
        var hits = gazetteer.LookupKey(key);
        return !hits.IsEmpty && gazetteer[hits[0]].Kind is PlaceKind.Country or PlaceKind.Admin1;
    }

    private bool IsLongerName(string body, Word next)
    {
        var nextKey = NameKey.Fold(body.AsSpan(next.Start, next.Length));
        if (Lexicon.OrgHeads.Contains(nextKey)) return true;
        if (AdminWords.IsDivisionWord(nextKey) || Lexicon.Stop.Contains(nextKey)) return false;
        return gazetteer.Lookup(body.AsSpan(next.Start, next.Length)).IsEmpty && gazetteer.DemonymCountry(body.AsSpan(next.Start, next.Length)) < 0;
    }

    /// <summary>Longest run of words from <paramref name="i"/> whose folded key the gazetteer holds; the key goes to
    /// <paramref name="best"/> (the working buffer is overwritten as the window grows).</summary>
    private (int End, int KeyLength) LongestMatch(string body, List<Word> words, int i, Span<char> key, Span<char> best)
    {
        var bestEnd = -1;
        var bestLength = 0;
        var n = 0;
        for (var j = i; j < words.Count && j < i + MaxWords; j++)
        {
            var w = words[j];
            if (j > i)
            {
                var gap = body.AsSpan(words[j - 1].End, w.Start - words[j - 1].End);
                // "Cox's Bazar", "Martha's Vineyard": the scanner split off the possessive, the gazetteer keeps its s
                var possessive = gap is "'s " or "’s ";
                if (!possessive && !IsNameGap(gap, words[j - 1])) break;
                if (n + 2 >= NameKey.MaxLength) break;
                if (possessive)
                {
                    key[n++] = 's';
                    if (!gazetteer.HasLongerKey(key[..n])) break;
                }
                key[n++] = ' ';
            }
            var part = NameKey.Fold(body.AsSpan(w.Start, w.Length), key[n..NameKey.MaxLength]);
            if (part == 0) break;
            n += part;
            if (!w.Capitalized && !(j > i && Lexicon.IsConnector(key.Slice(n - part, part))))
            {
                break;
            }
            if (w.Capitalized && Accepts(body, w, key[..n]))
            {
                bestEnd = j;
                bestLength = n;
                key[..n].CopyTo(best);
            }
            if (w.After == '.' && n + 1 <= NameKey.MaxLength)
            {
                key[n] = '.';
                if (!gazetteer.LookupKey(key[..(n + 1)]).IsEmpty)
                {
                    bestEnd = j;
                    bestLength = n + 1;
                    key[..(n + 1)].CopyTo(best);
                }
            }
            if (!gazetteer.HasLongerKey(key[..n])) break;
        }
        return (bestEnd, bestLength);
    }

    /// <summary>The last word of the longest run from word <paramref name="i"/> (two or more words, joined as names
    /// are) that the gazetteer knows only by its <see cref="TransliterationKey"/> ("Jisr al-Shughur"), or -1.</summary>
    private int TransliteratedEnd(string body, List<Word> words, int i, Span<char> key)
    {
        if (i + 1 >= words.Count || !IsNameGap(body.AsSpan(words[i].End, words[i + 1].Start - words[i].End), words[i])) return -1;
        // Cheap first: only names that start like Arabic ones ("Khan …", "X al-…") are worth the looser key.
        var first = NameKey.Fold(body.AsSpan(words[i].Start, words[i].Length), key);
        var second = NameKey.Fold(body.AsSpan(words[i + 1].Start, words[i + 1].Length), key[first..NameKey.MaxLength]);
        if (!TransliterationKey.StartsLikeArabic(key[..first], key.Slice(first, second))) return -1;
        var best = -1;
        var n = 0;
        for (var j = i; j < words.Count && j < i + MaxWords; j++)
        {
            var w = words[j];
            if (j > i)
            {
                if (!IsNameGap(body.AsSpan(words[j - 1].End, w.Start - words[j - 1].End), words[j - 1]) || n + 1 >= NameKey.MaxLength) break;
                key[n++] = ' ';
            }
            var part = NameKey.Fold(body.AsSpan(w.Start, w.Length), key[n..NameKey.MaxLength]);
            if (part == 0) break;
            n += part;
            if (!w.Capitalized && !Lexicon.IsConnector(key.Slice(n - part, part))) break;
            if (j > i && w.Capitalized && !gazetteer.TransliterationHits(key[..n]).IsEmpty) best = j;
            if (!gazetteer.HasLongerTransliteration(key[..n])) break;
        }
        return best;
    }

    private bool Accepts(string body, Word w, ReadOnlySpan<char> key)
    {
        var hits = gazetteer.LookupKey(key);
        if (hits.IsEmpty) return false;
        // Upper-case short words are mostly acronyms (CEO, BJP, TTC): only countries and divisions pass ("US", "UAE").
        if (w.AllCaps && key.Length <= 4 && key.IndexOf(' ') < 0)
        {
            var division = false;
            foreach (var h in hits[..Math.Min(hits.Length, 3)])
            {
                if (gazetteer[h].Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Admin1) division = true;
            }
            if (!division) return false;
        }
        // Short keys ("us", "ur", "ga") only as upper-case codes: "US", "UAE".
        return key.Length > 3 || w.AllCaps && key.IndexOf(' ') < 0 || key.IndexOf(' ') > 0;
    }

    private static bool IsNameGap(ReadOnlySpan<char> gap, Word previous) =>
        gap is " " or "-" || gap is "." && previous.Length <= 2 || gap is ". " && previous.Length == 1;

    private bool Reject(string body, List<Word> words, int i, string folded, HashSet<string> lowercaseSeen, HashSet<string> personNames)
    {
        var w = words[i];
        if (Lexicon.Stop.Contains(folded) || personNames.Contains(folded)) return true;
        // A sentence-initial word that the article also writes in lower case is a common word ("Mobile", "Reading").
        if (lowercaseSeen.Contains(folded) && (w.SentenceStart || !w.AllCaps)) return true;
        if (i > 0)
        {
            var p = words[i - 1];
            var prevKey = NameKey.Fold(body.AsSpan(p.Start, p.Length));
            if ((Lexicon.PersonTitles.Contains(prevKey) || Lexicon.GivenNames.Contains(prevKey) && p.Capitalized && p.After == ' ') &&
                w.Start - p.End <= 2)
            {
                personNames.Add(folded);
                return true;
            }
            // "Michael Jackson", "Red Crescent": a capitalised non-place word right before makes it part of a name;
            // a country or division so placed still names itself ("Air Zimbabwe", "FrontCounter BC"), as the gold tags it.
            if (p.Capitalized && !p.SentenceStart && !IsCountryOrDivision(folded) && p.After is ' ' or '-' && w.Start - p.End == 1 && !Lexicon.Modifiers.Contains(prevKey) &&
                !IsJoinedArticle(body, words, i - 1) &&
                !Lexicon.FunctionWords.Contains(prevKey) && (Lexicon.Stop.Contains(prevKey) || gazetteer.Lookup(body.AsSpan(p.Start, p.Length)).IsEmpty) &&
                gazetteer.DemonymCountry(body.AsSpan(p.Start, p.Length)) < 0)
            {
                return true;
            }
        }
        return false;
    }

    private static HashSet<string> LowercaseWords(string body, List<Word> words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (!w.Capitalized && char.IsLetter(body[w.Start])) seen.Add(NameKey.Fold(body.AsSpan(w.Start, w.Length)));
        }
        return seen;
    }

    private static bool IsSettlementWord(string key) => key is "town" or "village" or "city" or "hamlet";

    /// <summary>Modifiers before ("east Aleppo", "north-east of Raqqa") and division words after ("Aleppo province").</summary>
    private static void AttachContext(string body, List<Word> words, int first, int last, Mention mention)
    {
        if (last + 1 < words.Count && words[last + 1].Start - words[last].End == 1)
        {
            var next = NameKey.Fold(body.AsSpan(words[last + 1].Start, words[last + 1].Length));
            if (AdminWords.IsDivisionWord(next)) mention.DivisionHint = true;
            if (IsSettlementWord(next)) mention.SettlementCue = true;
        }
        if (first == 0) return;
        var p = first - 1;
        var ofGap = false;
        var pKey = NameKey.Fold(body.AsSpan(words[p].Start, words[p].Length));
        if (pKey is "of" && p > 0)
        {
            ofGap = true;
            p--;
            pKey = NameKey.Fold(body.AsSpan(words[p].Start, words[p].Length));
            if (pKey is "province" or "governorate" or "state" or "county" or "district" or "region") mention.DivisionHint = true;
            if (IsSettlementWord(pKey)) mention.SettlementCue = true;
        }
        // Two-word directions: "north east", "north-east".
        var modifierStart = words[p].Start;
        if (p > 0 && words[p - 1].After is '-' or ' ' && words[p].Start - words[p - 1].End == 1)
        {
            var two = NameKey.Fold(body.AsSpan(words[p - 1].Start, words[p].End - words[p - 1].Start));
            if (Lexicon.Modifiers.Contains(two))
            {
                pKey = two;
                modifierStart = words[p - 1].Start;
            }
        }
        if (Lexicon.Modifiers.Contains(pKey) && mention.Start - words[p].End <= (ofGap ? 5 : 2))
        {
            mention.Modifier = body[modifierStart..words[ofGap ? p + 1 : p].End].ToLowerInvariant().Replace('\n', ' ');
        }
    }

    /// <summary>"the newly recaptured neighbourhood of Jabal Badro": a capitalised name the gazetteer lacks, after a
    /// sub-city cue, becomes a mention the resolver places inside the article's main city.</summary>
    private static void AddSubCityMentions(string body, List<Word> words, List<Mention> mentions)
    {
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (NameKey.Fold(body.AsSpan(words[i].Start, words[i].Length)) != "of") continue;
            var cue = NameKey.Fold(body.AsSpan(words[i - 1].Start, words[i].End - words[i - 1].Start));
            if (!Lexicon.SubCityCues.Contains(cue) || !words[i + 1].Capitalized) continue;
            var start = words[i + 1].Start;
            if (mentions.Exists(m => m.Start <= start && start < m.End)) continue;
            var j = i + 1;
            while (j + 1 < words.Count && words[j + 1].Capitalized && words[j + 1].Start - words[j].End == 1 && words[j].After == ' ') j++;
            mentions.Add(new Mention
            {
                Start = start, End = words[j].End, Key = NameKey.Fold(body.AsSpan(start, words[j].End - start)), SubCityCue = true,
            });
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Links "Aleppo, Syria" pairs by index; call again after mentions are added or re-sorted.</summary>
    public static void LinkCommaPairs(string body, List<Mention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++) mentions[k].CommaNext = -1;
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var gap = body.AsSpan(mentions[k].End, Math.Max(0, mentions[k + 1].Start - mentions[k].End));
            if (gap is ", " or "," or " ,") mentions[k].CommaNext = k + 1;
        }
    }
}
