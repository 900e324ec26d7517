using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Evaluation;

/// <summary>Accumulates the calling thread's CPU time between Start and Stop (Linux CLOCK_THREAD_CPUTIME_ID; wall
/// time elsewhere), so tokens/s means "per second on one core" even when the machine is shared and wall time is
/// mostly waiting for a core.</summary>
internal sealed class CpuWatch
{
    private const int ThreadCpuClock = 3;
    private static readonly bool UseThreadClock = OperatingSystem.IsLinux() && Probe();

    private long _started;
    private long _total;

    public void Start() => _started = Now();

    public void Stop() => _total += Now() - _started;

    public TimeSpan Elapsed => TimeSpan.FromSeconds(_total / 1e9);

    public static bool MeasuresCpu => UseThreadClock;

    private static long Now()
    {
        if (UseThreadClock && ClockGetTime(ThreadCpuClock, out var ts) == 0)
        {
            return ts.Seconds * 1_000_000_000L + ts.Nanoseconds;
        }
        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadCpuClock, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
