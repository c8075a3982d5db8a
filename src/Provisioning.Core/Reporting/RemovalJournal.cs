using System;
using Provisioning.Execution;

namespace Provisioning.Reporting;

/// <summary>
/// The finished removals of a session (refused and failed ones too) with the session time each ended, kept for its
/// report. Bounded like the <see cref="AdditionJournal"/>: past <see cref="BoundedJournal{TEntry}.Capacity"/> the
/// oldest entries are dropped and counted.
/// </summary>
internal sealed class RemovalJournal(int capacity = RemovalJournal.DefaultCapacity) : BoundedJournal<RemovalEntry>(capacity)
{
    /// <summary>The most entries kept by default: a removal lets go of what several additions held, so fewer are kept.</summary>
    public const int DefaultCapacity = 1024;

    /// <summary>Records a finished removal.</summary>
    public void Record(RemovalResult result, DateTime endedAtUtc) => Add(new RemovalEntry(result, endedAtUtc));
}

/// <summary>One finished removal and the session time it ended.</summary>
internal readonly record struct RemovalEntry(RemovalResult Result, DateTime EndedAtUtc);
