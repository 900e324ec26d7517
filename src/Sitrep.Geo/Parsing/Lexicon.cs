using System.Collections.Frozen;

namespace Sitrep.Geo.Parsing;

/// <summary>Small closed word lists the matcher's context rules use.</summary>
internal static class Lexicon
{
    /// <summary>Capitalised words that start sentences or titles and also happen to be place names somewhere.</summary>
    public static readonly FrozenSet<string> Stop = new[]
    {
        "the", "a", "an", "in", "on", "at", "of", "for", "but", "and", "or", "as", "by", "to", "it", "he", "she", "we",
        "they", "his", "her", "this", "that", "these", "those", "there", "here", "when", "where", "what", "who", "why",
        "how", "after", "before", "while", "since", "during", "mr", "mrs", "ms", "dr", "president", "minister", "so",
        "if", "all", "no", "not", "one", "two", "i", "you", "our", "its", "their", "with", "from", "about", "also",
        "more", "most", "many", "some", "other", "new", "said", "says", "just", "now", "then", "than", "very", "only",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "god",
        "police", "army", "government", "city", "state", "county", "people", "university", "college", "school",
        "church", "hospital", "street", "road", "news", "press", "party", "court", "council", "committee", "union",
        "north", "south", "east", "west", "central", "un", "nato", "will", "can", "would", "could", "should",
        "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "mother", "father",
        "home", "house", "page", "photo", "show", "more", "less", "best", "good", "great", "day", "week", "year",
        "time", "man", "woman", "women", "men", "children", "family", "life", "love", "hope", "faith", "grace",
        "nino", "nina", "post", "times",
        "office", "department", "agency", "board", "center", "centre", "republican", "democrat", "democrats",
        "republicans", "christmas", "easter", "ramadan", "eid", "red", "blue", "green", "white", "black", "gold",
        "silver", "star", "sun", "moon", "first", "second", "third", "last", "next", "early", "late", "even", "still",
        "senate", "congress", "parliament", "assembly", "ministry", "bank", "media", "security", "health", "education",
        "justice", "defense", "defence", "interior", "foreign", "national", "international", "federal", "royal",
        "supreme", "general", "colonel", "captain", "major", "sergeant", "lieutenant", "governor", "mayor", "king",
        "queen", "prince", "princess", "sheikh", "pope", "saint", "lord", "sir", "lady", "chief", "judge",
        "commander", "according", "however", "meanwhile", "although", "though", "because", "each", "every", "both",
        "either", "neither", "such", "any", "much", "well", "back", "over", "under", "out", "up", "down", "off",
        "into", "onto", "upon", "against", "between", "among", "through", "without", "within", "along", "across",
        "around", "behind", "beyond", "near", "like", "unlike", "until", "till", "via", "per", "plus", "minus",
        "again", "already", "always", "never", "often", "sometimes", "soon", "yet", "ago", "once", "twice",
        "yesterday", "tomorrow", "tonight", "morning", "evening", "night", "afternoon", "noon", "midnight", "story",
        "video", "watch", "read", "click", "share", "email", "follow", "subscribe", "advertisement", "image",
        "getty", "ap", "afp", "reuters", "source", "sources", "report", "reports", "official", "officials", "talks",
        "deal", "war", "peace", "aid", "relief", "crisis", "attack", "attacks", "forces", "force", "troops",
        "rebels", "militants", "regime", "opposition", "coalition", "front", "brigade", "division", "battalion",
        "unit", "group", "groups", "movement", "organization", "organisation", "association", "institute",
        "foundation", "society", "club", "team", "league", "cup", "world", "earth", "gulf", "bay", "lake", "river",
        "mount", "island", "islands", "park", "valley", "hill", "hills", "beach", "port", "bridge", "airport",
        "station", "square", "tower", "hall", "market", "mall", "plaza", "avenue", "boulevard", "lane", "drive",
        "way", "place", "court", "circle", "trail", "highway", "route", "interstate", "even", "independence",
        "liberty", "freedom", "union", "unity", "victory", "hope", "paradise", "eden", "harmony", "friendship", "commerce", "industry", "enterprise", "progress",
        "split", "trump", "obama", "bush", "kennedy", "johnson", "wilson", "taylor",
        "grant", "hayes", "pierce", "polk", "tyler", "monroe", "adams", "carter", "ford", "nixon", "reagan",
        "biden", "harris", "sanders", "warren", "hillary", "donald", "barack", "vladimir", "bashar", "recep",
        "tayyip", "erdogan", "english", "spanish", "arabic", "hindi", "urdu", "igbo", "yoruba", "hausa", "swahili",
        "latin", "mandarin", "cantonese", "persian", "farsi", "pashto", "dari", "hebrew", "putin", "assad", "kim", "xi", "modi", "may", "merkel", "macron", "abe",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whole names that look like places but are institutions or phenomena.</summary>
    public static readonly FrozenSet<string> NonPlaces = new[]
    {
        "white house", "notre dame", "el nino", "la nina", "pentagon", "kremlin", "wall street", "downing street",
        "scotland yard", "capitol", "vatican radio", "holy see", "state department", "foggy bottom", "whitehall",
        "elysee", "quai d orsay", "blue house", "zhongnanhai",
        // armed movements GeoNames lists as a town's alternate name ("Hamas" for Hamm, Germany)
        "hamas",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Function words: capitalised only at a sentence or title start, never part of a name before a place.</summary>
    public static readonly FrozenSet<string> FunctionWords = new[]
    {
        "the", "a", "an", "in", "on", "at", "of", "for", "but", "and", "or", "as", "by", "to", "from", "with", "into",
        "near", "across", "after", "before", "since", "during", "outside", "inside", "throughout", "between", "via",
        "when", "while", "if", "so", "yet", "both", "all", "some", "many", "most", "in", "like", "than", "then",
        "said", "says", "visit", "visited", "leave", "left", "from", "including", "about", "over", "under", "against",
        "toward", "towards", "around", "through", "without", "within", "along", "beyond", "behind", "upon", "amid",
        "among", "despite", "until", "unlike", "is", "was", "are", "were", "this", "that", "these", "those",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Common given names: the capitalised word after one is a surname ("Mark Zuckerberg", "John Kelly").</summary>
    public static readonly FrozenSet<string> GivenNames = new[]
    {
        "aaron", "abdul", "abigail", "adam", "ahmed", "alan", "albert", "alex", "alexander", "alexis", "ali", "alice", "amanda", "amber", "amy", "anas", "andrea", "andrew", "angela", "ann", "anna", "anthony", "arthur", "ashley", "austin", "barbara", "ben", "benjamin", "betty", "beverly", "bill", "billy", "bob", "bobby", "boris", "brandon", "brenda", "brian", "brittany", "bruce", "bryan", "carl", "carol", "carolyn", "catherine", "charles", "charlotte", "chen", "cheryl", "chris", "christian", "christina", "christine", "christopher", "chuck", "cynthia", "dan", "daniel", "danielle", "dave", "david", "deborah", "debra", "denise", "dennis", "diana", "diane", "dmitry", "donald", "donna", "doris", "dorothy", "douglas", "dylan", "ed", "edward", "elijah", "elizabeth", "emily", "emma", "emmanuel", "eric", "ethan", "eugene", "evelyn", "frances", "frank", "gabriel", "gary", "george", "gerald", "gloria", "grace", "greg", "gregory", "hannah", "harold", "hassan", "heather", "helen", "henry", "hussein", "ibrahim", "isabella", "jack", "jacob", "jacqueline", "james", "janet", "janice", "jason", "jean", "jeff", "jeffrey", "jennifer", "jeremy", "jerry", "jesse", "jessica", "jim", "joan", "joe", "john", "jonathan", "jordan", "jose", "joseph", "joshua", "joyce", "juan", "judith", "judy", "julie", "justin", "karen", "katherine", "kathleen", "kathryn", "kayla", "keith", "kelly", "kenneth", "kevin", "khalid", "kimberly", "kyle", "larry", "laura", "lauren", "lawrence", "li", "linda", "lisa", "liu", "logan", "lori", "louis", "madison", "mahmoud", "margaret", "maria", "marie", "marilyn", "mark", "martha", "mary", "mason", "matt", "matthew", "megan", "melissa", "mevlut", "michael", "michelle", "mike", "mohammed", "muhammad", "mustafa", "nancy", "narendra", "natalie", "nathan", "nicholas", "nick", "nicole", "noah", "olivia", "omar", "pamela", "pat", "patricia", "patrick", "paul", "pawel", "peter", "philip", "rachel", "ralph", "randy", "ray", "raymond", "rebecca", "riad", "richard", "rick", "robert", "roger", "ron", "ronald", "roy", "russell", "ruth", "ryan", "sam", "samantha", "samuel", "sandra", "sara", "sarah", "scott", "sean", "sergei", "sharon", "sheryl", "shinzo", "shirley", "sophia", "stephanie", "stephen", "steve", "steven", "susan", "ted", "teresa", "terry", "theresa", "thomas", "tim", "timothy", "tom", "tony", "tyler", "victoria", "vincent", "virginia", "vladimir", "walter", "wang", "wayne", "william", "willie", "xi", "yang", "yusuf", "zachary", "zhang"
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Titles that make the next capitalised words a person ("President Jackson", "Gen. Sherman").</summary>
    public static readonly FrozenSet<string> PersonTitles = new[]
    {
        "mr", "mrs", "ms", "miss", "dr", "gen", "col", "capt", "lt", "sgt", "sen", "rep", "gov", "president",
        "minister", "senator", "governor", "mayor", "judge", "justice", "rev", "father", "sister", "brother", "king",
        "queen", "prince", "princess", "sheikh", "general", "colonel", "captain", "sergeant", "lieutenant",
        "officer", "detective", "coach", "professor", "prof", "saint", "st", "lord", "lady", "sir", "chairman",
        "spokesman", "spokeswoman", "secretary", "ambassador", "commissioner", "chief", "director", "attorney",
        "pastor", "bishop", "imam", "cardinal", "pope", "deputy", "councilman", "councilwoman", "trooper",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after a name that make the whole an organisation or a person, not the place.</summary>
    public static readonly FrozenSet<string> OrgHeads = new[]
    {
        "university", "college", "school", "academy", "institute", "hospital", "church", "cathedral", "mosque",
        "council", "committee", "commission", "party", "front", "army", "brigade", "battalion", "forces", "police",
        "department", "ministry", "bank", "company", "corporation", "corp", "inc", "ltd", "group", "association",
        "federation", "union", "club", "fc", "united", "rangers", "times", "post", "herald", "tribune", "journal",
        "gazette", "news", "daily", "press", "observer", "chronicle", "courier", "star", "sun", "telegraph",
        "media", "center", "centre", "airport", "airlines", "airways", "station", "stadium", "arena", "hotel",
        "museum", "library", "theatre", "theater", "high", "middle", "elementary", "county", "declaration",
        "accord", "accords", "agreement", "convention", "protocol", "process", "talks", "summit", "conference",
        "coalition", "movement", "network", "foundation", "society", "board", "court", "prison", "jail", "base",
        "street", "road", "avenue", "boulevard", "bridge", "square", "park", "mall", "market", "tower", "hall",
        "observatory", "monitor", "crescent", "cross", "capitals", "nationals", "kings", "giants", "jets",
        "bears", "lions", "tigers", "eagles", "hawks", "falcons", "panthers", "warriors", "cowboys", "patriots",
        "steelers", "pirates", "dodgers", "yankees", "mets", "cubs", "bulls", "heat", "lakers", "celtics",
        "knicks", "raiders", "chargers", "broncos", "chiefs", "colts", "titans", "saints", "packers", "vikings",
        "redskins", "browns", "bengals", "ravens", "texans", "jaguars", "dolphins", "bills", "seahawks", "rams",
        "cardinals", "buccaneers", "world", "cup", "open", "grand", "marathon", "festival", "fair", "expo",
        "week", "fashion", "film", "awards", "orchestra", "symphony", "opera", "ballet", "zoo", "aquarium",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Directional and part modifiers written before a place ("east Aleppo", "north-east of Raqqa").</summary>
    public static readonly FrozenSet<string> Modifiers = new[]
    {
        "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
        "north east", "north west", "south east", "south west", "north eastern", "north western", "south eastern",
        "south western", "greater", "downtown", "rural", "upper", "lower", "outer", "inner", "suburban", "metro",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Cues that introduce a part of a city: an unknown name after them is placed in that city.</summary>
    public static readonly FrozenSet<string> SubCityCues = new[]
    {
        "neighbourhood of", "neighborhood of", "district of", "quarter of", "suburb of", "neighbourhoods of",
        "neighborhoods of", "districts of", "camp of", "village of",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Arabic articles as transliterated before a hyphen ("Ar-Raqqa", "Al-Bab", "Ash-Shaddadi"): part of the name
    /// that follows, which the gazetteer often holds without them ("Raqqa").</summary>
    public static readonly FrozenSet<string> ArabicArticles = new[]
    {
        "al", "el", "ar", "as", "ash", "ad", "adh", "at", "ath", "az", "an", "ai",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case words allowed inside a multi-word name ("Isle of Man", "Bosnia and Herzegovina").</summary>
    public static bool IsConnector(ReadOnlySpan<char> word) =>
        word is "of" or "and" or "de" or "del" or "da" or "do" or "dos" or "das" or "al" or "el" or "la" or "le"
            or "les" or "du" or "des" or "the" or "on" or "upon" or "am" or "an" or "ad" or "ash" or "as" or "ar" or "bin" or "bani"
            // the Arabic article assimilated and written with e ("Deir-ez-Zor", "Ras el-Ain", "Tell es-Sawda")
            or "ez" or "es" or "esh" or "et" or "er" or "ed" or "en" or "az" or "at"
            // the Persian ezafe ("Mazar-i-Sharif", "Mazar-e Sharif")
            or "i" or "e";
}
