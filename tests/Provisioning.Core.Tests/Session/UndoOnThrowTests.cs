using System;
using System.Collections.Generic;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// The commit rule both transactions share: a change that throws takes back those made before it, newest first, and the
/// exception goes on; a commit that stands undoes nothing. The undo list is empty either way.
/// </summary>
public sealed class UndoOnThrowTests
{
    [Fact]
    public void A_throw_part_way_runs_the_recorded_undos_newest_first_and_rethrows()
    {
        var undo = new List<Action>();
        var log = new List<string>();

        var thrown = Assert.Throws<InvalidOperationException>(() => UndoOnThrow.Run(undo, () =>
        {
            log.Add("a");
            undo.Add(() => log.Add("undo a"));
            log.Add("b");
            undo.Add(() => log.Add("undo b"));
            throw new InvalidOperationException("c fails");
        }));

        Assert.Equal("c fails", thrown.Message);
        Assert.Equal(["a", "b", "undo b", "undo a"], log);
        Assert.Empty(undo);
    }

    [Fact]
    public void A_commit_that_stands_undoes_nothing()
    {
        var undo = new List<Action>();
        var log = new List<string>();

        UndoOnThrow.Run(undo, () =>
        {
            log.Add("a");
            undo.Add(() => log.Add("undo a"));
        });

        Assert.Equal(["a"], log);
        Assert.Empty(undo);
    }
}
