using System.Collections.Generic;
using System.Threading;
using Provisioning.Data;

namespace Provisioning.Session;

/// <summary>
/// Bars the feed delivers for a subscription whose addition has not been committed yet. The commit closes it and
/// takes its bars, so none is lost between the feed subscription and the moment the symbol's series can take them.
/// </summary>
internal sealed class PendingStream
{
    private readonly Lock _gate = new();
    private List<Bar>? _bars = [];

    /// <summary>Keeps <paramref name="bar"/>; false once the stream is closed (the committed series takes bars directly).</summary>
    public bool TryEnqueue(in Bar bar)
    {
        lock (_gate)
        {
            if (_bars is null)
            {
                return false;
            }

            _bars.Add(bar);
            return true;
        }
    }

    /// <summary>Closes the stream and gives the bars it kept, in arrival order.</summary>
    public IReadOnlyList<Bar> Close()
    {
        lock (_gate)
        {
            var bars = _bars ?? [];
            _bars = null;
            return bars;
        }
    }
}
