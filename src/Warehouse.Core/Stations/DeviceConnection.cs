namespace Warehouse.Core.Stations;

/// <summary>How a station's scanner, scale and printer reach the server.</summary>
public enum DeviceConnection
{
    /// <summary>No devices of its own: the page's keyboard wedge, and labels to a network printer if one is set.</summary>
    None,

    /// <summary>A station agent on the station PC opens them and streams to the server.</summary>
    Agent,

    /// <summary>The web app opens them itself (a one-PC shop).</summary>
    Local,
}
