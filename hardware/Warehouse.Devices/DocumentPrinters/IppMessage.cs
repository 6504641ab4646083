using System.Buffers.Binary;
using System.Text;

namespace Warehouse.Devices.DocumentPrinters;

/// <summary>
/// One IPP request or response (RFC 8010 §3.1.1): version, operation id or status code, request id,
/// attribute groups. What follows the attributes (the document) is not part of it.
/// </summary>
public sealed record IppMessage(byte Major, byte Minor, short Code, int RequestId, IReadOnlyList<IppGroup> Groups)
{
    public IppAttribute? Find(IppGroupTag group, string name) =>
        Groups.Where(g => g.Tag == group).SelectMany(g => g.Attributes).FirstOrDefault(a => a.Name == name);

    public IEnumerable<IppGroup> All(IppGroupTag group) => Groups.Where(g => g.Tag == group);
}

public sealed record IppGroup(IppGroupTag Tag, IReadOnlyList<IppAttribute> Attributes);

/// <summary>An attribute and its values; a value with an empty name on the wire is one more value of the one before (RFC 8010 §3.1.5).</summary>
public sealed record IppAttribute(string Name, IReadOnlyList<IppValue> Values)
{
    public IppAttribute(string name, IppValue value) : this(name, [value]) { }

    public IppValue First => Values[0];
}

/// <summary>A value as its tag and its bytes; read through the accessor for its syntax.</summary>
public sealed record IppValue(byte Tag, byte[] Bytes)
{
    public static IppValue Text(byte tag, string text) => new(tag, Encoding.UTF8.GetBytes(text));

    public static IppValue Integer(int value, byte tag = IppValueTag.Integer)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return new(tag, bytes);
    }

    public static IppValue Boolean(bool value) => new(IppValueTag.Boolean, [value ? (byte)1 : (byte)0]);

    public string AsText() => Encoding.UTF8.GetString(Bytes);

    /// <summary>The integer of an integer or enum value; null for any other syntax or length.</summary>
    public int? AsInteger() => Tag is IppValueTag.Integer or IppValueTag.Enum && Bytes.Length == 4 ? BinaryPrimitives.ReadInt32BigEndian(Bytes) : null;

    public bool? AsBoolean() => Tag == IppValueTag.Boolean && Bytes.Length == 1 ? Bytes[0] == 1 : null;

    public bool Equals(IppValue? other) => other is not null && Tag == other.Tag && Bytes.AsSpan().SequenceEqual(other.Bytes);

    public override int GetHashCode() => HashCode.Combine(Tag, Bytes.Length);
}
