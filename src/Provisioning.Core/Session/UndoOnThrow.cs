using System;
using System.Collections.Generic;

namespace Provisioning.Session;

/// <summary>
/// The commit rule of the session's transactions: apply every change, each recording its undo first; when one throws,
/// take back those made before it, newest first, and let the exception go on. The undo list is empty afterwards.
/// </summary>
internal static class UndoOnThrow
{
    /// <summary>Runs <paramref name="apply"/>, which adds the undo of each change it makes to <paramref name="undo"/>.</summary>
    public static void Run(List<Action> undo, Action apply)
    {
        try
        {
            apply();
        }
        catch
        {
            for (var i = undo.Count - 1; i >= 0; i--)
            {
                undo[i]();
            }

            throw;
        }
        finally
        {
            undo.Clear();
        }
    }
}
