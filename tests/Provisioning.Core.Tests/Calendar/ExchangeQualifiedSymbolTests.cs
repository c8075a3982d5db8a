using Provisioning.Calendar;

namespace Provisioning.Core.Tests.Calendar;

/// <summary>TradingView's "EXCHANGE:SYMBOL" text: what is split and what is left whole for the symbol grammar to refuse.</summary>
public sealed class ExchangeQualifiedSymbolTests
{
    [Theory]
    [InlineData("XTKS:7203", "XTKS", "7203")]
    [InlineData("24/7:BTCUSD", "24/7", "BTCUSD")]
    [InlineData("xlon:VOD", "xlon", "VOD")]
    [InlineData("XTKS:", "XTKS", "")]
    [InlineData("AAPL", null, "AAPL")]
    [InlineData(":AAPL", null, ":AAPL")]
    [InlineData("AAPL\nerror PRV0000: forged", null, "AAPL\nerror PRV0000: forged")]
    [InlineData("NOT AN EXCHANGE:AAPL", null, "NOT AN EXCHANGE:AAPL")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:AAPL", null, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:AAPL")]
    public void Splits_only_an_exchange_name_before_the_first_colon(string text, string? exchange, string symbol)
    {
        var parsed = ExchangeQualifiedSymbol.Parse(text);

        Assert.Equal((exchange, symbol), (parsed.Exchange, parsed.Symbol));
    }
}
