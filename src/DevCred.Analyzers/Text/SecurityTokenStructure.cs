using System;

namespace DevCred.Analyzers.Text;

/// <summary>
/// Checks that base64 text decodes to the STS token layout: field 1 (varint), field 2 (bytes), field 3
/// (bytes), and nothing else. A prefix check alone would report any base64 that happens to start "CAIS".
/// </summary>
internal static class SecurityTokenStructure
{
    private const int MinimumFieldLength = 16;

    public static bool IsValid(string text, int start, int length)
    {
        byte[] bytes;
        try
        {
            int padding = (4 - (length % 4)) % 4;
            if (padding == 3)
            {
                return false;
            }

            bytes = Convert.FromBase64String(text.Substring(start, length) + new string('=', padding));
        }
        catch (FormatException)
        {
            return false;
        }

        int position = 0;
        return ReadField(bytes, ref position, expectedField: 1, expectedWireType: 0)
            && ReadField(bytes, ref position, expectedField: 2, expectedWireType: 2)
            && ReadField(bytes, ref position, expectedField: 3, expectedWireType: 2)
            && position == bytes.Length;
    }

    private static bool ReadField(byte[] bytes, ref int position, int expectedField, int expectedWireType)
    {
        if (!ReadVarint(bytes, ref position, out ulong tag) || (int)(tag >> 3) != expectedField || (int)(tag & 7) != expectedWireType)
        {
            return false;
        }

        if (!ReadVarint(bytes, ref position, out ulong value))
        {
            return false;
        }

        if (expectedWireType == 0)
        {
            return true;
        }

        if (value < MinimumFieldLength || value > (ulong)(bytes.Length - position))
        {
            return false;
        }

        position += (int)value;
        return true;
    }

    private static bool ReadVarint(byte[] bytes, ref int position, out ulong value)
    {
        value = 0;
        for (int shift = 0; shift < 64 && position < bytes.Length; shift += 7)
        {
            byte b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
