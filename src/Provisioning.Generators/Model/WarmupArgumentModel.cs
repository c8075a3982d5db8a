namespace Provisioning.Generators.Model;

/// <summary>One parameter of an indicator's WarmupBars method, bound to a constructor parameter by name.</summary>
/// <param name="Name">The WarmupBars parameter's name (equal to the constructor parameter's).</param>
/// <param name="ParameterIndex">The constructor parameter's index.</param>
/// <param name="IsInteger">True when the constructor parameter is an int.</param>
internal readonly record struct WarmupArgumentModel(string Name, int ParameterIndex, bool IsInteger);
