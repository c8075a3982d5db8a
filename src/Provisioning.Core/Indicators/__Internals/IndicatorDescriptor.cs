using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using Provisioning.Collections;
using Provisioning.Indicators.Registry;
using Provisioning.Text;

namespace Provisioning.Indicators.__Internals;

/// <summary>
/// Everything the generator read from one <see cref="Indicators.IndicatorAttribute"/> declaration: the name, the
/// indicator type, its input, its parameters with ranges and defaults, and two generated functions (no reflection):
/// one calls the public constructor, the other the static <c>WarmupBars</c>. Each indicator exposes its descriptor as a
/// generated static <c>Descriptor</c> property, and every assembly registers its descriptors in
/// <see cref="IndicatorCatalog.Default"/> when it loads.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class IndicatorDescriptor
{
    /// <summary>The most parameters an indicator can declare.</summary>
    public const int MaxParameters = 64;

    private readonly IndicatorParameterDefinition[] _definitions;
    private readonly IndicatorWarmup _warmupBars;
    private readonly IndicatorFactory _factory;

    /// <summary>Describes an indicator. Called by generated code.</summary>
    /// <param name="name">The declared name ("sma").</param>
    /// <param name="indicatorType">The indicator class.</param>
    /// <param name="input">The part of each bar it reads.</param>
    /// <param name="parameters">Its constructor parameters, in order.</param>
    /// <param name="warmupBars">Calls its static <c>WarmupBars</c> with validated arguments.</param>
    /// <param name="factory">Calls its public constructor with validated arguments.</param>
    /// <exception cref="ArgumentException">
    /// More than <see cref="MaxParameters"/> parameters, or two parameter names that differ only by case (the generator
    /// refuses such a declaration).
    /// </exception>
    public IndicatorDescriptor(
        string name,
        Type indicatorType,
        PriceInput input,
        IndicatorParameterDefinition[] parameters,
        IndicatorWarmup warmupBars,
        IndicatorFactory factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(indicatorType);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(warmupBars);
        ArgumentNullException.ThrowIfNull(factory);
        if (parameters.Length > MaxParameters)
        {
            throw new ArgumentException($"An indicator declares at most {MaxParameters} parameters; {name} declares {parameters.Length}.", nameof(parameters));
        }

        ThrowIfNamesDifferOnlyInCase(name, parameters);

        Name = name;
        IndicatorType = indicatorType;
        Input = input;
        _definitions = (IndicatorParameterDefinition[])parameters.Clone();
        Parameters = EquatableArray<IndicatorParameterDefinition>.FromOwnedArray(_definitions);
        _warmupBars = warmupBars;
        _factory = factory;
    }

    /// <summary>The declared name configs and keys use ("sma").</summary>
    public string Name { get; }

    /// <summary>The indicator class.</summary>
    public Type IndicatorType { get; }

    /// <summary>The part of each bar the indicator reads.</summary>
    public PriceInput Input { get; }

    /// <summary>The parameters in constructor order.</summary>
    public EquatableArray<IndicatorParameterDefinition> Parameters { get; }

    /// <summary>
    /// Checks named parameter values (names match case-insensitively; left-out parameters take their defaults) and
    /// computes the warm-up. The result lists every problem found, or the indicator ready to be put on an interval.
    /// </summary>
    internal IndicatorResult<IndicatorSpecBuilder> Bind(IReadOnlyList<IndicatorParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var count = _definitions.Length;
        var buffer = default(IndicatorValueBuffer);
        var values = count <= IndicatorValueBuffer.Length ? ((Span<double>)buffer)[..count] : new double[count];
        var (error, reason) = BindValues(parameters, values);
        return error == IndicatorError.None
            ? Build(values)
            : IndicatorResult<IndicatorSpecBuilder>.Fail(error, reason!);
    }

    /// <summary>
    /// The indicator with parameter values given in constructor order, as the generated <c>Spec(...)</c> methods call
    /// it. Values come from code, so a bad one is a programming error.
    /// </summary>
    /// <exception cref="ArgumentException">The number of values differs from the number of parameters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its declared range.</exception>
    /// <exception cref="InvalidOperationException">The warm-up computed for the values is negative.</exception>
    public IndicatorSpecBuilder Spec(params double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != Parameters.Count)
        {
            throw new ArgumentException(
                $"{Name} takes {CountText.Of(Parameters.Count, "parameter", "parameters")} ({string.Join(", ", Parameters)}), not {values.Length}.",
                nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (Parameters[i].Check(Name, values[i]) is { } problem)
            {
                throw new ArgumentOutOfRangeException(Parameters[i].Name, values[i], problem);
            }
        }

        var result = Build(values);
        return result.Success ? result.Value : throw new InvalidOperationException(result.Reason);
    }

    /// <summary>Creates the indicator from named parameter values, checked as <see cref="Bind"/> checks them.</summary>
    internal IndicatorResult<IIndicator> Create(IReadOnlyList<IndicatorParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var count = _definitions.Length;
        var buffer = default(IndicatorValueBuffer);
        var values = count <= IndicatorValueBuffer.Length ? ((Span<double>)buffer)[..count] : new double[count];
        if (parameters is IndicatorParameter[] given && TryBindInOrder(given, values))
        {
            return IndicatorResult<IIndicator>.Ok(_factory(new IndicatorArguments(values)));
        }

        var (error, reason) = BindValues(parameters, values);
        return error == IndicatorError.None
            ? IndicatorResult<IIndicator>.Ok(_factory(new IndicatorArguments(values)))
            : IndicatorResult<IIndicator>.Fail(error, reason!);
    }

    /// <summary>
    /// Binds values given as specs and configs usually give them: every parameter, in constructor order, spelled as
    /// declared, each allowed. Creation is on that path, so it is checked here without the binder's bookkeeping of
    /// reasons; anything else (false) goes to <see cref="BindValues(ReadOnlySpan{IndicatorParameter}, Span{double})"/>,
    /// which gives the same values or says what is wrong.
    /// </summary>
    private bool TryBindInOrder(ReadOnlySpan<IndicatorParameter> given, Span<double> values)
    {
        ReadOnlySpan<IndicatorParameterDefinition> definitions = _definitions;
        if (given.Length != definitions.Length)
        {
            return false;
        }

        for (var i = 0; i < given.Length; i++)
        {
            var value = given[i].Value;
            if (!string.Equals(given[i].Name, definitions[i].Name, StringComparison.Ordinal) || !definitions[i].Allows(value))
            {
                return false;
            }

            values[i] = value;
        }

        return true;
    }

    /// <summary>The declaration as a signature: <c>sma(int period [1, 100000])</c>.</summary>
    public override string ToString() => Name + "(" + string.Join(", ", Parameters) + ")";

    private IndicatorResult<IndicatorSpecBuilder> Build(ReadOnlySpan<double> values)
    {
        var warmup = _warmupBars(new IndicatorArguments(values));
        if (warmup < 0)
        {
            return IndicatorResult<IndicatorSpecBuilder>.Fail(
                IndicatorError.InvalidWarmup,
                $"{Name}.WarmupBars returned {warmup.ToString(CultureInfo.InvariantCulture)} for {Describe(values)}; a warm-up is 0 or more bars.");
        }

        var named = new IndicatorParameter[values.Length];
        for (var i = 0; i < named.Length; i++)
        {
            named[i] = new IndicatorParameter(Parameters[i].Name, values[i]);
        }

        return IndicatorResult<IndicatorSpecBuilder>.Ok(
            new IndicatorSpecBuilder(this, EquatableArray<IndicatorParameter>.FromOwnedArray(named), warmup));
    }

    private (IndicatorError Error, string? Reason) BindValues(IReadOnlyList<IndicatorParameter> given, Span<double> values) =>
        BindValues(given as IndicatorParameter[] ?? CopyOf(given), values);

    private (IndicatorError Error, string? Reason) BindValues(ReadOnlySpan<IndicatorParameter> given, Span<double> values)
    {
        ReadOnlySpan<IndicatorParameterDefinition> definitions = _definitions;
        var first = IndicatorError.None;
        StringBuilder? reasons = null;
        void Report(IndicatorError error, string reason)
        {
            if (first == IndicatorError.None)
            {
                first = error;
            }

            reasons = reasons is null ? new StringBuilder(reason) : reasons.Append("; ").Append(reason);
        }

        var seen = 0UL;
        for (var position = 0; position < given.Length; position++)
        {
            var parameter = given[position];
            var index = IndexOf(definitions, parameter.Name, position);
            if (index < 0)
            {
                Report(
                    IndicatorError.UnknownParameter,
                    $"{Name} has no parameter {EchoedText.Quote(parameter.Name)}; its parameters are: {DescribeParameters()}");
                continue;
            }

            var bit = 1UL << (index & 63);
            if ((seen & bit) != 0)
            {
                Report(IndicatorError.DuplicateParameter, $"{Name} {definitions[index].Name} is given more than once");
                continue;
            }

            seen |= bit;
            values[index] = parameter.Value;
            if (!definitions[index].Allows(parameter.Value))
            {
                Report(IndicatorError.InvalidValue, definitions[index].Check(Name, parameter.Value)!.TrimEnd('.'));
            }
        }

        for (var i = 0; i < definitions.Length; i++)
        {
            if ((seen & (1UL << (i & 63))) != 0)
            {
                continue;
            }

            if (definitions[i].DefaultValue is { } defaultValue)
            {
                values[i] = defaultValue;
            }
            else
            {
                Report(IndicatorError.MissingParameter, $"{Name} needs {definitions[i].Name} ({definitions[i]})");
            }
        }

        return (first, reasons?.Append('.').ToString());
    }

    private static IndicatorParameter[] CopyOf(IReadOnlyList<IndicatorParameter> given)
    {
        var copy = new IndicatorParameter[given.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = given[i];
        }

        return copy;
    }

    private static int IndexOf(ReadOnlySpan<IndicatorParameterDefinition> definitions, string? name, int position)
    {
        // No two parameter names differ only in case, so a name spelled as declared is the one case-insensitive match:
        // the cheaper ordinal comparison at the given position (values usually come in constructor order) comes first.
        if (position < definitions.Length && string.Equals(definitions[position].Name, name, StringComparison.Ordinal))
        {
            return position;
        }

        for (var i = 0; i < definitions.Length; i++)
        {
            if (string.Equals(definitions[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static void ThrowIfNamesDifferOnlyInCase(string name, IndicatorParameterDefinition[] parameters)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(parameters[i].Name, parameters[j].Name, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException(
                        $"Parameters {parameters[j].Name} and {parameters[i].Name} of indicator {name} differ only by case; configs match parameter names ignoring case, so give them names that differ otherwise.",
                        nameof(parameters));
                }
            }
        }
    }

    private string DescribeParameters() => Parameters.IsEmpty ? "none" : string.Join(", ", Parameters);

    private string Describe(ReadOnlySpan<double> values)
    {
        var text = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(Parameters[i].Name).Append(" = ")
                .Append(values[i].ToString("R", CultureInfo.InvariantCulture));
        }

        return values.Length == 0 ? "no parameters" : text.ToString();
    }
}
