using Kortlaegning.Api.Infrastructure;

namespace Kortlaegning.Api.UnitTests.Indicators;

public class DanishNumbersTests
{
    [Theory]
    [InlineData("12.5", false, 12.5)]
    [InlineData("12.5", true, 12.5)]
    [InlineData("12,5", true, 12.5)]
    [InlineData("-0,25", true, -0.25)]
    [InlineData("1e3", false, 1000)]
    public void ADecimalPointIsAlwaysReadAndADecimalCommaOnlyWhenAllowed(string text, bool decimalComma, double expected)
    {
        Assert.True(DanishNumbers.TryParse(text, decimalComma, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void ADecimalCommaIsRefusedInACommaSeparatedFile() => Assert.False(DanishNumbers.TryParse("12,5", false, out _));

    // "1.234" with a decimal comma could be Danish for 1234; it is read as 1.234, never as a thousands-separated number.
    [Theory]
    [InlineData("1.234,5")]
    [InlineData("1,234.5")]
    public void ThousandsSeparatorsAreRefused(string text) => Assert.False(DanishNumbers.TryParse(text, true, out _));

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("abc")]
    [InlineData("")]
    public void WhatIsNotAFiniteNumberIsRefused(string text) => Assert.False(DanishNumbers.TryParse(text, true, out _));

    [Fact]
    public void TheFormatWritesADecimalComma() => Assert.Equal("12,5", 12.5.ToString("0.######", DanishNumbers.Format));
}
