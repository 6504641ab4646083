namespace Warehouse.StationAgent;

/// <summary>
/// A random name for this agent's state folder, made once. It is part of every scan id, so a
/// reinstalled agent (new folder, sequence from 1) can never reuse an id the server already answered.
/// </summary>
public static class AgentIdentity
{
    public static string Load(string stateFolder)
    {
        Directory.CreateDirectory(stateFolder);
        var path = Path.Combine(stateFolder, "agent.id");
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: 12 } known) return known;
        var id = Guid.NewGuid().ToString("N")[..12];
        File.WriteAllText(path + ".tmp", id);
        File.Move(path + ".tmp", path, overwrite: true);
        return id;
    }
}
