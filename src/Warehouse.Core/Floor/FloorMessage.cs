namespace Warehouse.Core.Floor;

/// <summary>
/// Something the floor is told, as a code with arguments; the web edge translates it
/// into the operator's language (see Warehouse.Web Localization).
/// </summary>
public sealed record FloorMessage(string Code, params string[] Args)
{
    public override string ToString() => Args.Length == 0 ? Code : $"{Code}({string.Join(", ", Args)})";
}
