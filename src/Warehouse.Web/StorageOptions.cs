namespace Warehouse.Web;

/// <summary>The "Storage" section: the folder for the SQLite database, demo label images and (later) photos.</summary>
public sealed class StorageOptions
{
    public string DataFolder { get; set; } = "data";

    public string FullPath => Path.GetFullPath(DataFolder);
}
