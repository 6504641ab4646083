namespace Warehouse.Core.Floor;

/// <summary>Stores a message's arguments in one column, split by the ASCII unit separator.</summary>
public static class MessageArgs
{
    private const char UnitSeparator = '\u001f';

    public static string? Join(string[] args) =>
        args.Length == 0 ? null : string.Join(UnitSeparator, args.Select(a => a.Replace(UnitSeparator, ' ')));

    public static string[] Split(string? stored) => string.IsNullOrEmpty(stored) ? [] : stored.Split(UnitSeparator);
}
