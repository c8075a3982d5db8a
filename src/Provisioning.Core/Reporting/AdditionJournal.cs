using System;
using Provisioning.Execution;

namespace Provisioning.Reporting;

/// <summary>
/// The finished additions of a session with the session time each ended, kept for its report. Bounded: past
/// <see cref="BoundedJournal{TEntry}.Capacity"/> the oldest entries are dropped and counted, so a long-running session
/// keeps a fixed size.
/// </summary>
internal sealed class AdditionJournal(int capacity = AdditionJournal.DefaultCapacity) : BoundedJournal<JournalEntry>(capacity)
{
    /// <summary>The most entries kept by default (a day of scanners adding symbols stays far below it).</summary>
    public const int DefaultCapacity = 4096;

    /// <summary>Records a finished addition.</summary>
    public void Record(AdditionResult result, DateTime endedAtUtc) => Add(new JournalEntry(result, endedAtUtc));
}

/// <summary>One finished addition and the session time it ended.</summary>
internal readonly record struct JournalEntry(AdditionResult Result, DateTime EndedAtUtc);
