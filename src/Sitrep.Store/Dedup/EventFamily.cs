namespace Sitrep.Store.Dedup;

/// <summary>The "family" two reports must share to be the same happening. CAMEO roots 18 (assault), 19 (fight) and
/// 20 (mass violence) are one family: one outlet's "shelling killed 12" (195) is another's "attack killed 12" (180).
/// Every other root is its own family.</summary>
public static class EventFamily
{
    public static string Of(string cameo)
    {
        var root = CameoRoot(cameo);
        return root is "18" or "19" or "20" ? "18-20" : root;
    }

    public static string CameoRoot(string cameo) => cameo.Length >= 2 ? cameo[..2] : cameo;
}
