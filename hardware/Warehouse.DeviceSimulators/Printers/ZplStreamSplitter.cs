using System.Text;

namespace Warehouse.DeviceSimulators.Printers;

/// <summary>Something the printer found in the byte stream.</summary>
public abstract record ZplPiece
{
    /// <summary>A whole <c>^XA…^XZ</c> format.</summary>
    public sealed record Label(string Zpl) : ZplPiece;

    /// <summary>A tilde command such as <c>~HS</c> or <c>~HQES</c>; a real printer runs these at once, even mid-label.</summary>
    public sealed record Command(string Name) : ZplPiece;

    /// <summary>An SGD line such as <c>! U1 getvar "odometer.total_label_count"</c>, between formats, without its line end.</summary>
    public sealed record Sgd(string Line) : ZplPiece;
}

/// <summary>Splits a raw stream into labels, tilde commands and SGD lines, across arbitrary packet boundaries.</summary>
public sealed class ZplStreamSplitter
{
    private static readonly byte[] LabelStart = "^XA"u8.ToArray();
    private static readonly byte[] LabelEnd = "^XZ"u8.ToArray();
    private const int MaxSgdLine = 4096;
    private readonly List<byte> _pending = [];
    private readonly List<byte> _label = [];
    private bool _inLabel;

    public IReadOnlyList<ZplPiece> Feed(ReadOnlySpan<byte> bytes)
    {
        _pending.AddRange(bytes);
        var pieces = new List<ZplPiece>();
        int i = 0;
        while (i < _pending.Count)
        {
            byte b = _pending[i];
            if (b == (byte)'~')
            {
                // Two letters name the command; ~HQ carries a two-letter query after it.
                if (i + 3 > _pending.Count) break;
                string name = Encoding.ASCII.GetString([_pending[i + 1], _pending[i + 2]]).ToUpperInvariant();
                if (name == "HQ")
                {
                    if (i + 5 > _pending.Count) break;
                    name += Encoding.ASCII.GetString([_pending[i + 3], _pending[i + 4]]).ToUpperInvariant();
                    i += 5;
                }
                else
                {
                    i += 3;
                }

                pieces.Add(new ZplPiece.Command(name));
                continue;
            }

            if (!_inLabel)
            {
                if (b == (byte)'!')
                {
                    // SGD runs to the end of its line (CR LF, or LF alone).
                    int lineEnd = _pending.IndexOf((byte)'\n', i);
                    if (lineEnd < 0)
                    {
                        if (_pending.Count - i > MaxSgdLine) i = _pending.Count; // no printer keeps a line this long
                        break;
                    }

                    pieces.Add(new ZplPiece.Sgd(Encoding.ASCII.GetString([.. _pending.GetRange(i, lineEnd - i)]).TrimEnd('\r')));
                    i = lineEnd + 1;
                    continue;
                }

                if (b == (byte)'^')
                {
                    if (i + 3 > _pending.Count) break;
                    if (Matches(i, LabelStart))
                    {
                        _inLabel = true;
                        _label.Clear();
                        _label.AddRange(LabelStart);
                        i += 3;
                        continue;
                    }
                }

                i++; // whitespace or stray bytes between formats are ignored, as a printer does
                continue;
            }

            _label.Add(b);
            i++;
            if (_label.Count >= 3 && EndsWithLabelEnd())
            {
                pieces.Add(new ZplPiece.Label(Encoding.UTF8.GetString([.. _label])));
                _label.Clear();
                _inLabel = false;
            }
        }

        _pending.RemoveRange(0, i);
        return pieces;
    }

    private bool Matches(int at, byte[] token)
    {
        for (int k = 0; k < token.Length; k++)
        {
            if (char.ToUpperInvariant((char)_pending[at + k]) != (char)token[k]) return false;
        }

        return true;
    }

    private bool EndsWithLabelEnd()
    {
        int n = _label.Count;
        return _label[n - 3] == '^' && char.ToUpperInvariant((char)_label[n - 2]) == 'X' && char.ToUpperInvariant((char)_label[n - 1]) == 'Z';
    }
}
