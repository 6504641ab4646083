namespace Warehouse.Devices.Printers;

/// <summary>The server numbers its print jobs in its database; a print queue names jobs by Guid. One maps to the other and back.</summary>
public static class ServerJobIds
{
    public static Guid ToGuid(long serverJobId)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, serverJobId);
        "WHSJ"u8.CopyTo(bytes[12..]);
        return new Guid(bytes);
    }

    /// <summary>The server's job number, or null for a job the agent made itself.</summary>
    public static long? FromGuid(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return bytes[12..].SequenceEqual("WHSJ"u8) && bytes[8..12].IndexOfAnyExcept((byte)0) < 0 ? BitConverter.ToInt64(bytes) : null;
    }
}
