using System;

namespace DevCred.Runtime;

/// <summary>
/// Parses <c>Expiration</c>: <c>yyyy-MM-ddTHH:mm:ss</c>, an optional fraction of 1 to 7 digits, then <c>Z</c> or a
/// numeric offset (<c>±HH:mm</c>, <c>±HHmm</c>, <c>±HH</c>). Written by hand so that no culture, calendar or
/// <see cref="DateTimeOffset.Parse(string)"/> leniency applies.
/// </summary>
internal static class ExpirationParser
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        int i = 0;
        if (!Number(text, ref i, 4, out int year) || !Expect(text, ref i, '-')
            || !Number(text, ref i, 2, out int month) || !Expect(text, ref i, '-')
            || !Number(text, ref i, 2, out int day) || !(Expect(text, ref i, 'T') || Expect(text, ref i, 't'))
            || !Number(text, ref i, 2, out int hour) || !Expect(text, ref i, ':')
            || !Number(text, ref i, 2, out int minute) || !Expect(text, ref i, ':')
            || !Number(text, ref i, 2, out int second))
        {
            return false;
        }

        long fractionTicks = 0;
        if (Expect(text, ref i, '.') && !Fraction(text, ref i, out fractionTicks))
        {
            return false;
        }

        if (!Offset(text, ref i, out TimeSpan offset) || i != text.Length)
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || hour > 23 || minute > 59 || second > 59
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        try
        {
            var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
            value = new DateTimeOffset(local.AddTicks(fractionTicks), offset).ToUniversalTime();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // Dates at the edges of the range overflow once the offset is applied.
            return false;
        }
    }

    private static bool Expect(string text, ref int i, char c)
    {
        if (i < text.Length && text[i] == c)
        {
            i++;
            return true;
        }

        return false;
    }

    private static bool Number(string text, ref int i, int digits, out int value)
    {
        value = 0;
        if (i + digits > text.Length)
        {
            return false;
        }

        for (int end = i + digits; i < end; i++)
        {
            int digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static bool Fraction(string text, ref int i, out long ticks)
    {
        // Seven digits are 100 ns, the resolution of DateTime.
        const int MaxDigits = 7;
        ticks = 0;
        int digits = 0;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            if (++digits > MaxDigits)
            {
                return false;
            }

            ticks = (ticks * 10) + (text[i] - '0');
            i++;
        }

        for (int pad = digits; pad < MaxDigits; pad++)
        {
            ticks *= 10;
        }

        return digits > 0;
    }

    private static bool Offset(string text, ref int i, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (Expect(text, ref i, 'Z') || Expect(text, ref i, 'z'))
        {
            return true;
        }

        int sign = Expect(text, ref i, '+') ? 1 : Expect(text, ref i, '-') ? -1 : 0;
        if (sign == 0 || !Number(text, ref i, 2, out int hours))
        {
            return false;
        }

        int minutes = 0;
        if (i < text.Length)
        {
            Expect(text, ref i, ':');
            if (!Number(text, ref i, 2, out minutes))
            {
                return false;
            }
        }

        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
        {
            return false;
        }

        offset = TimeSpan.FromMinutes(sign * ((hours * 60) + minutes));
        return true;
    }
}
