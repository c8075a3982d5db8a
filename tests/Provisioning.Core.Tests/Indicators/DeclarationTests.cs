using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;

namespace Provisioning.Core.Tests.Indicators;

/// <summary>
/// The built-ins are declared exactly as strategy authors declare their indicators, since the source generator reads
/// these declarations: sealed, one public constructor of int/double parameters, a static WarmupBars over a subset of
/// those parameters by name and type.
/// </summary>
public class DeclarationTests
{
    public static IEnumerable<Type> BuiltInTypes() =>
        typeof(Sma).Assembly.GetTypes().Where(t => t.GetCustomAttribute<IndicatorAttribute>() is not null);

    [Fact]
    public void The_ten_built_ins_are_declared_under_their_config_names()
    {
        var names = BuiltInTypes().Select(t => t.GetCustomAttribute<IndicatorAttribute>()!.Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(
            ["atr", "bollinger", "ema", "macd", "obv", "rsi", "sma", "stochastic", "vwap", "wma"],
            names);
    }

    [Fact]
    public void Each_built_in_has_the_shape_the_generator_reads()
    {
        foreach (var type in BuiltInTypes())
        {
            Assert.True(type.IsPublic && type.IsSealed && !type.IsGenericType, type.Name);
            Assert.True(typeof(IIndicator).IsAssignableFrom(type), type.Name);

            var constructor = Assert.Single(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
            var parameters = constructor.GetParameters();
            Assert.All(parameters, p => Assert.True(p.ParameterType == typeof(int) || p.ParameterType == typeof(double), $"{type.Name}.{p.Name}"));
            Assert.All(parameters, p => Assert.NotNull(p.GetCustomAttribute<ParameterAttribute>()));

            var warmup = Assert.Single(type.GetMethods(BindingFlags.Public | BindingFlags.Static), m => m.Name == "WarmupBars");
            Assert.Equal(typeof(int), warmup.ReturnType);
            foreach (var parameter in warmup.GetParameters())
            {
                var match = parameters.SingleOrDefault(p => p.Name == parameter.Name);
                Assert.True(match is not null, $"{type.Name}.WarmupBars({parameter.Name}) names no constructor parameter");
                Assert.Equal(match!.ParameterType, parameter.ParameterType);
            }
        }
    }

    [Fact]
    public void Indicators_reading_more_than_the_close_declare_their_input()
    {
        Assert.Equal(PriceInput.HighLowClose, typeof(Atr).GetCustomAttribute<IndicatorAttribute>()!.Input);
        Assert.Equal(PriceInput.HighLowClose, typeof(Stochastic).GetCustomAttribute<IndicatorAttribute>()!.Input);
        Assert.Equal(PriceInput.PriceVolume, typeof(Vwap).GetCustomAttribute<IndicatorAttribute>()!.Input);
        Assert.Equal(PriceInput.PriceVolume, typeof(Obv).GetCustomAttribute<IndicatorAttribute>()!.Input);
        Assert.Equal(PriceInput.Close, typeof(Sma).GetCustomAttribute<IndicatorAttribute>()!.Input);
    }
}
