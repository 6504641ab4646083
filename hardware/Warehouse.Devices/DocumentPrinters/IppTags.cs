namespace Warehouse.Devices.DocumentPrinters;

/// <summary>Delimiter tags that open an attribute group or end the attributes (RFC 8010 §3.5.1).</summary>
public enum IppGroupTag : byte
{
    Operation = 0x01,
    Job = 0x02,
    EndOfAttributes = 0x03,
    Printer = 0x04,
    Unsupported = 0x05,
}

/// <summary>Value tags we write or read by name (RFC 8010 §3.5.2); any other tag is carried as its raw bytes.</summary>
public static class IppValueTag
{
    // Out-of-band values have no bytes: "no value", "unknown", "unsupported".
    public const byte Unsupported = 0x10;
    public const byte Unknown = 0x12;
    public const byte NoValue = 0x13;

    public const byte Integer = 0x21;
    public const byte Boolean = 0x22;
    public const byte Enum = 0x23;
    public const byte OctetString = 0x30;
    public const byte BeginCollection = 0x34;
    public const byte EndCollection = 0x37;
    public const byte TextWithoutLanguage = 0x41;
    public const byte NameWithoutLanguage = 0x42;
    public const byte Keyword = 0x44;
    public const byte Uri = 0x45;
    public const byte Charset = 0x47;
    public const byte NaturalLanguage = 0x48;
    public const byte MimeMediaType = 0x49;
    public const byte MemberAttrName = 0x4A;

    /// <summary>0x7F announces a 4-byte extended tag; nothing we print needs one, so it is refused.</summary>
    public const byte Extension = 0x7F;

    public static bool IsDelimiter(byte tag) => tag < 0x10;
}
