using System;
using System.Collections.Generic;
using System.Reflection;
using Provisioning.Indicators;

namespace Provisioning.Benchmarks.Registry;

/// <summary>
/// The baseline of figure 5b: creating indicators by name as it is written without a generator. [Indicator] types and
/// their constructor parameters (with [Parameter] ranges and defaults) are found once by reflection; each creation maps
/// the named values onto the constructor's parameters, checks them, boxes them and calls
/// <see cref="Activator.CreateInstance(Type, object[])"/>. Null when a name or value is wrong.
/// </summary>
public sealed class ReflectionIndicatorFactory
{
    private readonly Dictionary<string, Entry> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds the indicators of <paramref name="assemblies"/>.</summary>
    public ReflectionIndicatorFactory(params Assembly[] assemblies)
    {
        foreach (var assembly in assemblies)
        {
            foreach (var type in assembly.GetTypes())
            {
                if (type.GetCustomAttribute<IndicatorAttribute>() is not { } declaration)
                {
                    continue;
                }

                var parameters = type.GetConstructors()[0].GetParameters();
                var ranges = new ParameterAttribute?[parameters.Length];
                for (var i = 0; i < parameters.Length; i++)
                {
                    ranges[i] = parameters[i].GetCustomAttribute<ParameterAttribute>();
                }

                _byName[declaration.Name] = new Entry(type, parameters, ranges);
            }
        }
    }

    /// <summary>The indicator named <paramref name="name"/> with the named values; null when a name or value is wrong.</summary>
    public IIndicator? Create(string name, IReadOnlyList<IndicatorParameter> values)
    {
        if (!_byName.TryGetValue(name, out var entry))
        {
            return null;
        }

        var parameters = entry.Parameters;
        var arguments = new object?[parameters.Length];
        var given = 0UL;
        for (var v = 0; v < values.Count; v++)
        {
            var index = IndexOf(parameters, values[v].Name);
            var value = values[v].Value;
            if (index < 0 || (given & (1UL << index)) != 0)
            {
                return null;
            }

            var range = entry.Ranges[index];
            var isInteger = parameters[index].ParameterType == typeof(int);
            if ((range is not null && (value < range.Min || value > range.Max)) || (isInteger && value != Math.Floor(value)))
            {
                return null;
            }

            given |= 1UL << index;
            arguments[index] = isInteger ? (object)(int)value : value;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            if ((given & (1UL << i)) == 0)
            {
                if (!parameters[i].HasDefaultValue)
                {
                    return null;
                }

                arguments[i] = parameters[i].DefaultValue;
            }
        }

        return (IIndicator?)Activator.CreateInstance(entry.Type, arguments);
    }

    private static int IndexOf(ParameterInfo[] parameters, string name)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            if (string.Equals(parameters[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record Entry(Type Type, ParameterInfo[] Parameters, ParameterAttribute?[] Ranges);
}
