namespace Sitrep.Cli;

/// <summary>The Linux load average, printed beside speed figures: on a shared machine wall-clock figures depend on
/// what else runs. "n/a" where /proc/loadavg is missing or unreadable.</summary>
internal static class MachineLoad
{
    /// <summary>The 1-, 5- and 15-minute averages, e.g. "2.24 7.11 12.22".</summary>
    public static string Averages() => Read(3);

    /// <summary>The 1-minute average only.</summary>
    public static string OneMinute() => Read(1);

    private static string Read(int count)
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return parts.Length >= count ? string.Join(' ', parts, 0, count) : "n/a";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "n/a";
        }
    }
}
