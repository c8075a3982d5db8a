using System;
using System.Collections.Generic;
using System.Diagnostics;
using Provisioning.Execution;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Benchmarks.Burst;

/// <summary>
/// Charges the process's CPU time, wall time and allocation between one observer call and the next to the phase the
/// later call ends. Meaningful only while one symbol's additions run at a time (the phase driver), so the process's
/// CPU time is theirs.
/// </summary>
internal sealed class BurstPhaseClock : IProvisioningObserver
{
    /// <summary>The phases, in the order an addition goes through them.</summary>
    public static readonly string[] Phases =
    [
        "analysis + Step 0",
        "planning",
        "history loads: reading (corporate actions, decode, bars kept)",
        "history loads: quality (LoadQuality.Measure) and staging",
        "stream subscription (catch-up read)",
        "other steps",
        "commit (merge, aggregation, warm-up, catch-up join)",
        "results + rest",
    ];

    private readonly object _gate = new();
    private readonly Totals[] _totals = new Totals[Phases.Length];
    private Totals _mark;
    private bool _resultSeen;
    private bool _running;

    /// <summary>The CPU time, wall time and bytes charged to each phase since the clock was made.</summary>
    public IReadOnlyList<Totals> Charged => _totals;

    /// <summary>Starts a symbol's additions: what follows until its Step 0 ends is charged to Step 0.</summary>
    public void Begin()
    {
        lock (_gate)
        {
            _mark = Totals.Now();
            _resultSeen = false;
            _running = true;
        }
    }

    /// <summary>The symbol's additions have all returned: the rest is charged to the last phase.</summary>
    public void End()
    {
        lock (_gate)
        {
            Charge(Phases.Length - 1);
            _running = false;
        }
    }

    public void OnRequirements(ProvisioningRequirements requirements) => Charge(0);

    public void OnPlan(ProvisioningPlan plan) => Charge(1);

    public void OnStep(string symbol, StepResult report) => Charge(report.Step switch
    {
        LoadHistorical => 3,
        StartSessionStream => 4,
        _ => 5,
    });

    // The last progress report of a load comes when its last batch is read, before its quality is measured.
    public void OnHistoryProgress(HistoryLoadProgress progress)
    {
        if (progress.Completed)
        {
            Charge(2);
        }
    }

    public void OnResult(AdditionResult result)
    {
        lock (_gate)
        {
            // The first result of a symbol ends its commit; the others are the rest.
            Charge(_resultSeen ? Phases.Length - 1 : 6);
            _resultSeen = true;
        }
    }

    private void Charge(int phase)
    {
        lock (_gate)
        {
            // The session's start (its config symbols) is not the burst's.
            if (!_running)
            {
                return;
            }

            var now = Totals.Now();
            _totals[phase] += now - _mark;
            _mark = now;
        }
    }

    /// <summary>CPU time, wall time, bytes allocated and minor page faults (a reading, or a difference of two).</summary>
    internal readonly record struct Totals(TimeSpan Cpu, TimeSpan Wall, long Bytes, long PageFaults)
    {
        /// <summary>The process's CPU time, the wall clock, the bytes allocated and the minor page faults so far.</summary>
        public static Totals Now() =>
            new(Environment.CpuUsage.TotalTime, Stopwatch.GetElapsedTime(0), GC.GetTotalAllocatedBytes(precise: false), MinorPageFaults());

        public static Totals operator +(Totals a, Totals b) => new(a.Cpu + b.Cpu, a.Wall + b.Wall, a.Bytes + b.Bytes, a.PageFaults + b.PageFaults);

        public static Totals operator -(Totals a, Totals b) => new(a.Cpu - b.Cpu, a.Wall - b.Wall, a.Bytes - b.Bytes, a.PageFaults - b.PageFaults);

        // Pages touched for the first time (memory new to the process); 0 where getrusage is not there.
        private static long MinorPageFaults() => OperatingSystem.IsLinux() && ResourceUsage.getrusage(0, out var usage) == 0 ? usage.MinorFaults : 0;
    }

    // getrusage(2) on 64-bit Linux: two timevals, then 14 longs; ru_minflt is the fifth of them.
    private static class ResourceUsage
    {
        [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
        [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
        internal static extern int getrusage(int who, out Usage usage);

        [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
        internal struct Usage
        {
            public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
            public long MaxResident, SharedText, UnsharedData, UnsharedStack, MinorFaults, MajorFaults;
            public long Swaps, BlockIn, BlockOut, MessagesSent, MessagesReceived, Signals, VoluntarySwitches, InvoluntarySwitches;
        }
    }
}
