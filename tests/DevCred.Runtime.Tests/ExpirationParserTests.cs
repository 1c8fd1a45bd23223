using System;
using System.Globalization;
using System.Threading;
using Xunit;

namespace DevCred.Runtime.Tests;

public sealed class ExpirationParserTests
{
    private static readonly DateTimeOffset Expected = new(2024, 5, 21, 10, 39, 29, TimeSpan.Zero);

    [Theory]
    [InlineData("2024-05-21T10:39:29Z", 0)]
    [InlineData("2024-05-21T10:39:29.5Z", 5_000_000)]
    [InlineData("2024-05-21T10:39:29.1234567Z", 1_234_567)]
    [InlineData("2024-05-21T18:39:29+08:00", 0)]
    [InlineData("2024-05-21T18:39:29.120+0800", 1_200_000)]
    [InlineData("2024-05-21T05:39:29-05", 0)]
    [InlineData("2024-05-21t10:39:29z", 0)]
    public void TryParse_AcceptsIsoWithZoneAndFraction(string text, long extraTicks)
    {
        Assert.True(ExpirationParser.TryParse(text, out DateTimeOffset value));
        Assert.Equal(Expected.AddTicks(extraTicks), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("2024-05-21T10:39:29")]
    [InlineData("2024-05-21T10:39:29.Z")]
    [InlineData("2024-05-21T10:39:29.12345678Z")]
    [InlineData("2024-05-21 10:39:29Z")]
    [InlineData("2024-02-30T10:39:29Z")]
    [InlineData("2024-05-21T24:00:00Z")]
    [InlineData("2024-05-21T10:39:29+15:00")]
    [InlineData("2024-05-21T10:39:29+08:")]
    [InlineData("21/05/2024 10:39:29")]
    [InlineData("1716287969")]
    [InlineData(" 2024-05-21T10:39:29Z")]
    [InlineData("")]
    public void TryParse_RejectsOtherShapes(string text)
    {
        Assert.False(ExpirationParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    [InlineData("fa-IR")]
    public void TryParse_GivesTheSameInstantInEveryCulture(string culture)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Thread.CurrentThread.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            Assert.True(ExpirationParser.TryParse("2024-05-21T18:39:29.25+08:00", out DateTimeOffset value));

            Assert.Equal(Expected.AddMilliseconds(250), value);
            Assert.Equal(2024, value.UtcDateTime.Year);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            Thread.CurrentThread.CurrentUICulture = saved;
        }
    }
}
