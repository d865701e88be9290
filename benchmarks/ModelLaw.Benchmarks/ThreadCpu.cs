using System.Runtime.InteropServices;

namespace ModelLaw.Benchmarks;

/// <summary>CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)), 0 elsewhere.</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Milliseconds of CPU the calling thread has used.</summary>
    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        return ClockGetTime(ClockThreadCpuTimeId, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds / 1e6 : 0;
    }

    /// <summary>The machine's one-minute load average, or "?" off Linux.</summary>
    public static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
