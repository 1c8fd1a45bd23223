using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DevCred.Analyzers.ConfigFiles;

/// <summary>
/// Reads the string values of a JSON document with their property names and raw positions. Tolerates comments and
/// trailing commas (appsettings files have them); anything else that is not JSON makes the whole file unreadable,
/// and an unreadable file is skipped, never half-reported.
/// </summary>
internal sealed class JsonValues
{
    /// <summary>Deeper documents are not configuration a person wrote; the limit keeps the reader off the stack's end.</summary>
    private const int MaxDepth = 128;

    private readonly string _text;
    private readonly List<ConfigValue> _values = new();
    private int _position;
    private int _groups;
    private int _depth;

    private JsonValues(string text) => _text = text;

    public static bool TryRead(string text, out List<ConfigValue> values)
    {
        var reader = new JsonValues(text);
        bool ok = reader.ReadDocument();
        values = reader._values;
        return ok;
    }

    private bool ReadDocument()
    {
        SkipTrivia();
        if (!ReadValue(string.Empty, -1))
        {
            return false;
        }

        SkipTrivia();
        return _position == _text.Length;
    }

    private bool ReadValue(string name, int group)
    {
        SkipTrivia();
        if (_position >= _text.Length)
        {
            return false;
        }

        switch (_text[_position])
        {
            case '{' or '[' when _depth >= MaxDepth:
                return false;
            case '{':
                _depth++;
                bool readObject = ReadObject();
                _depth--;
                return readObject;
            case '[':
                _depth++;
                bool readArray = ReadArray(name);
                _depth--;
                return readArray;
            case '"':
                int start = _position;
                if (!ReadString(out string value))
                {
                    return false;
                }

                _values.Add(new ConfigValue(name, value, start + 1, _position - start - 2, group));
                return true;
            default:
                return ReadLiteral();
        }
    }

    private bool ReadObject()
    {
        int group = _groups++;
        _position++;
        while (true)
        {
            SkipTrivia();
            if (_position >= _text.Length)
            {
                return false;
            }

            if (_text[_position] == '}')
            {
                _position++;
                return true;
            }

            if (_text[_position] != '"' || !ReadString(out string name))
            {
                return false;
            }

            SkipTrivia();
            if (_position >= _text.Length || _text[_position] != ':')
            {
                return false;
            }

            _position++;
            if (!ReadValue(name, group) || !ReadSeparator('}'))
            {
                return false;
            }
        }
    }

    private bool ReadArray(string name)
    {
        int group = _groups++;
        _position++;
        while (true)
        {
            SkipTrivia();
            if (_position >= _text.Length)
            {
                return false;
            }

            if (_text[_position] == ']')
            {
                _position++;
                return true;
            }

            if (!ReadValue(name, group) || !ReadSeparator(']'))
            {
                return false;
            }
        }
    }

    /// <summary>After a member: a comma (a trailing one is fine) or the closing bracket, left for the caller.</summary>
    private bool ReadSeparator(char close)
    {
        SkipTrivia();
        if (_position < _text.Length && _text[_position] == ',')
        {
            _position++;
            return true;
        }

        return _position < _text.Length && _text[_position] == close;
    }

    private bool ReadString(out string value)
    {
        var builder = new StringBuilder();
        _position++;
        while (_position < _text.Length)
        {
            char c = _text[_position++];
            if (c == '"')
            {
                value = builder.ToString();
                return true;
            }

            if (c == '\\')
            {
                if (_position >= _text.Length)
                {
                    break;
                }

                char escaped = _text[_position++];
                switch (escaped)
                {
                    case 'u' when _position + 4 <= _text.Length
                        && int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code):
                        builder.Append((char)code);
                        _position += 4;
                        break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case '"' or '\\' or '/': builder.Append(escaped); break;
                    default:
                        value = string.Empty;
                        return false;
                }
            }
            else if (c is '\n' or '\r')
            {
                break;
            }
            else
            {
                builder.Append(c);
            }
        }

        value = string.Empty;
        return false;
    }

    private bool ReadLiteral()
    {
        int start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
        {
            _position++;
        }

        string literal = _text.Substring(start, _position - start);
        return literal is "true" or "false" or "null"
            || double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                int end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                _position = end < 0 ? _text.Length : end + 2;
            }
            else
            {
                return;
            }
        }
    }
}
