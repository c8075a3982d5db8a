using System;
using System.Threading;

namespace Provisioning.Clock;

/// <summary>
/// The session clock of a replay: a <see cref="TimeProvider"/> whose "now" is the end of the last bar the replay
/// delivered. It only moves forward.
/// </summary>
internal sealed class ReplayClock : TimeProvider
{
    private long _utcTicks;

    /// <summary>Creates a clock standing at <paramref name="startUtc"/>.</summary>
    public ReplayClock(DateTime startUtc)
    {
        _utcTicks = DateTime.SpecifyKind(startUtc, DateTimeKind.Utc).Ticks;
    }

    /// <summary>The clock's time as a UTC <see cref="DateTime"/>.</summary>
    public DateTime UtcNow => new(Interlocked.Read(ref _utcTicks), DateTimeKind.Utc);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(UtcNow);

    /// <summary>Moves the clock to <paramref name="utc"/>; an earlier instant leaves it where it is.</summary>
    public void AdvanceTo(DateTime utc)
    {
        var target = utc.Ticks;
        var current = Interlocked.Read(ref _utcTicks);
        while (target > current)
        {
            var seen = Interlocked.CompareExchange(ref _utcTicks, target, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
