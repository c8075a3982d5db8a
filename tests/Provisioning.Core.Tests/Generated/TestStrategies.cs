using Provisioning.Strategies;

namespace Provisioning.Core.Tests.Generated;

[Bars("1m", Base = true)]
[Bars("5m", HistoricalDays = 5)]
[UsesIndicator<TestChannel>("15m", 20)]
[UsesIndicator<TestChannel>("1h", 10, 1.5)]
public sealed partial class TestBreakout : Strategy
{
}

public sealed class TestUndeclared : Strategy
{
}
