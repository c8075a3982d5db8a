using System.Collections.Generic;

namespace Provisioning.Config;

/// <summary>An indicator a session config may name: its declared name and its parameters.</summary>
internal sealed class DeclaredIndicator
{
    /// <summary>Describes an indicator.</summary>
    public DeclaredIndicator(string name, IReadOnlyList<DeclaredIndicatorParameter> parameters)
    {
        Name = name;
        Parameters = parameters;
    }

    /// <summary>The name configs use ("sma").</summary>
    public string Name { get; }

    /// <summary>The parameters in constructor order.</summary>
    public IReadOnlyList<DeclaredIndicatorParameter> Parameters { get; }
}
