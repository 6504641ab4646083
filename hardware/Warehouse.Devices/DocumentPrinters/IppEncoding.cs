using System.Buffers.Binary;
using System.Text;

namespace Warehouse.Devices.DocumentPrinters;

/// <summary>The printer answered something that is not an IPP message we can read.</summary>
public sealed class IppFormatException(string message) : FormatException(message);

/// <summary>
/// The binary encoding of RFC 8010 §3: a header of 8 bytes, then per attribute a value tag, a 2-byte
/// name length and name, a 2-byte value length and value, groups opened by delimiter tags and ended by
/// <c>end-of-attributes</c>. Reading is defensive: an answer comes from a device on the floor network.
/// </summary>
public static class IppEncoding
{
    /// <summary>More than a printer's answer to our three operations ever holds; a flood is refused, not read.</summary>
    public const int MaxAttributes = 2000;

    public static byte[] Write(IppMessage message, ReadOnlySpan<byte> document = default)
    {
        using var buffer = new MemoryStream();
        Span<byte> header = stackalloc byte[8];
        header[0] = message.Major;
        header[1] = message.Minor;
        BinaryPrimitives.WriteInt16BigEndian(header[2..], message.Code);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], message.RequestId);
        buffer.Write(header);
        foreach (var group in message.Groups)
        {
            buffer.WriteByte((byte)group.Tag);
            foreach (var attribute in group.Attributes)
            {
                if (attribute.Values.Count == 0) throw new ArgumentException($"IPP attribute '{attribute.Name}' has no value.", nameof(message));
                for (var i = 0; i < attribute.Values.Count; i++)
                    WriteValue(buffer, i == 0 ? attribute.Name : "", attribute.Values[i]);
            }
        }
        buffer.WriteByte((byte)IppGroupTag.EndOfAttributes);
        buffer.Write(document);
        return buffer.ToArray();
    }

    /// <summary>The message and where the data after it starts; <see cref="IppFormatException"/> for anything cut off or malformed.</summary>
    public static (IppMessage Message, int DataOffset) Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 9) throw new IppFormatException($"An IPP message is at least 9 bytes; got {bytes.Length}.");
        if (bytes[0] is < 1 or > 2) throw new IppFormatException($"IPP version {bytes[0]}.{bytes[1]} is not 1.x or 2.x.");
        var code = BinaryPrimitives.ReadInt16BigEndian(bytes[2..]);
        var requestId = BinaryPrimitives.ReadInt32BigEndian(bytes[4..]);
        var groups = new List<IppGroup>();
        List<IppAttribute>? attributes = null;
        IppGroupTag? groupTag = null;
        var count = 0;
        var at = 8;
        while (true)
        {
            if (at >= bytes.Length) throw new IppFormatException("The IPP message ends before end-of-attributes.");
            var tag = bytes[at];
            if (IppValueTag.IsDelimiter(tag))
            {
                at++;
                if (groupTag is { } open) groups.Add(new IppGroup(open, attributes!));
                if (tag == (byte)IppGroupTag.EndOfAttributes) break;
                if (tag == 0 || !Enum.IsDefined((IppGroupTag)tag)) throw new IppFormatException($"Unknown IPP group tag 0x{tag:x2}.");
                groupTag = (IppGroupTag)tag;
                attributes = [];
                continue;
            }
            if (attributes is null) throw new IppFormatException("An IPP attribute comes before any group.");
            if (tag == IppValueTag.Extension) throw new IppFormatException("Extended IPP value tags are not read.");
            if (++count > MaxAttributes) throw new IppFormatException($"More than {MaxAttributes} IPP values.");
            at++;
            var name = Chunk(bytes, ref at, "name");
            var value = Chunk(bytes, ref at, "value");
            var ippValue = new IppValue(tag, value.ToArray());
            Check(ippValue);
            if (name.Length == 0)
            {
                // One more value of the attribute before (RFC 8010 §3.1.5); collections arrive as such runs too.
                if (attributes.Count == 0) throw new IppFormatException("An additional IPP value has no attribute before it.");
                var last = attributes[^1];
                attributes[^1] = last with { Values = [.. last.Values, ippValue] };
                continue;
            }
            attributes.Add(new IppAttribute(Utf8(name, "name"), ippValue));
        }
        return (new IppMessage(bytes[0], bytes[1], code, requestId, groups), at);
    }

    private static void WriteValue(MemoryStream buffer, string name, IppValue value)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        if (nameBytes.Length > short.MaxValue || value.Bytes.Length > short.MaxValue) throw new ArgumentException($"IPP attribute '{name}' is too long.");
        Span<byte> length = stackalloc byte[2];
        buffer.WriteByte(value.Tag);
        BinaryPrimitives.WriteInt16BigEndian(length, (short)nameBytes.Length);
        buffer.Write(length);
        buffer.Write(nameBytes);
        BinaryPrimitives.WriteInt16BigEndian(length, (short)value.Bytes.Length);
        buffer.Write(length);
        buffer.Write(value.Bytes);
    }

    private static ReadOnlySpan<byte> Chunk(ReadOnlySpan<byte> bytes, ref int at, string what)
    {
        if (at + 2 > bytes.Length) throw new IppFormatException($"The IPP message ends inside a {what} length.");
        var length = BinaryPrimitives.ReadInt16BigEndian(bytes[at..]);
        at += 2;
        if (length < 0 || at + length > bytes.Length) throw new IppFormatException($"An IPP {what} of {length} bytes runs past the end of the message.");
        var chunk = bytes.Slice(at, length);
        at += length;
        return chunk;
    }

    // The syntaxes we read by value must have their fixed sizes and readable text; others are carried as bytes.
    private static void Check(IppValue value)
    {
        switch (value.Tag)
        {
            case IppValueTag.Integer or IppValueTag.Enum when value.Bytes.Length != 4:
                throw new IppFormatException($"An IPP integer of {value.Bytes.Length} bytes.");
            case IppValueTag.Boolean when value.Bytes is not ([0] or [1]):
                throw new IppFormatException("An IPP boolean that is neither 0 nor 1.");
            case >= IppValueTag.TextWithoutLanguage and <= IppValueTag.MemberAttrName:
                Utf8(value.Bytes, "value");
                break;
        }
    }

    private static string Utf8(ReadOnlySpan<byte> bytes, string what)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new IppFormatException($"An IPP {what} that is not UTF-8.");
        }
    }
}
