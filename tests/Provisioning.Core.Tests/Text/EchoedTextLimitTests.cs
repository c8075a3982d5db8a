using Provisioning.Text;

namespace Provisioning.Core.Tests.Text;

/// <summary>Echoed text clipped at a caller's limit: same escapes, "..." and the length as the default clip.</summary>
public sealed class EchoedTextLimitTests
{
    [Fact]
    public void A_text_longer_than_the_limit_is_clipped_with_its_grouped_length()
    {
        var text = "ab\ncd" + new string('x', 1_995);

        // "ab" (2) + "\n" escape (2) + "c" (1) = 5 shown characters; 2,000 characters in all.
        Assert.Equal("ab\\nc... (2,000 characters)", EchoedText.OneLine(text, 5));
    }

    [Fact]
    public void A_text_within_the_limit_is_only_escaped()
    {
        Assert.Equal("ab\\ncd", EchoedText.OneLine("ab\ncd", 6));
    }
}
