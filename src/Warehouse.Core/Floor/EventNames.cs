using System.Collections.Concurrent;
using System.Reflection;

namespace Warehouse.Core.Floor;

/// <summary>
/// The stable names of event records (<see cref="EventNameAttribute"/>) and the way back from a
/// name to its record, over every loaded assembly: a later feature adds its events by declaring
/// them, with no list to edit here.
/// </summary>
public static class EventNames
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();
    private static ConcurrentDictionary<string, Type> _types = Scan();

    public static string Of(Type type) => Names.GetOrAdd(type, t =>
        t.GetCustomAttribute<EventNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{t.Name} has no [EventName]: an event needs a stable name before it is written or sent."));

    public static string Of(FloorEvent e) => Of(e.GetType());

    /// <summary>The record a name stands for; null for a name no loaded assembly declares.</summary>
    public static Type? TypeOf(string name)
    {
        if (_types.TryGetValue(name, out var type)) return type;
        if (Unknown.ContainsKey(name)) return null; // looked for once already: a newer build's fact
        _types = Scan(); // an assembly loaded since the last look
        if (_types.TryGetValue(name, out type)) return type;
        if (Unknown.Count < 1000) Unknown.TryAdd(name, true);
        return null;
    }

    private static readonly ConcurrentDictionary<string, bool> Unknown = new();

    /// <summary>Every declared event kind, for the tests that keep names unique and round-trips whole.</summary>
    public static IReadOnlyCollection<Type> All => [.. Scan().Values];

    private static ConcurrentDictionary<string, Type> Scan()
    {
        var found = new ConcurrentDictionary<string, Type>();
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && References(a)))
        {
            foreach (var type in Loadable(assembly).Where(t => typeof(FloorEvent).IsAssignableFrom(t) && !t.IsAbstract))
            {
                if (type.GetCustomAttribute<EventNameAttribute>() is not { } attribute) continue;
                if (!found.TryAdd(attribute.Name, type) && found[attribute.Name] != type)
                    throw new InvalidOperationException($"Event name '{attribute.Name}' is declared by both {found[attribute.Name].FullName} and {type.FullName}.");
            }
        }
        return found;
    }

    private static bool References(Assembly assembly) =>
        assembly == typeof(FloorEvent).Assembly
        || assembly.GetReferencedAssemblies().Any(r => r.Name == typeof(FloorEvent).Assembly.GetName().Name);

    private static IEnumerable<Type> Loadable(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }
}
