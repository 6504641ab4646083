using System.Security.Cryptography;

namespace Warehouse.Web.Returns;

/// <summary>
/// Where <c>Returns:LinkSecret</c> is not set, a secret made on first start and kept in the data
/// folder, so links in e-mails and on packing slips survive restarts. Several instances (PostgreSQL
/// deployments) must set the secret themselves: each would otherwise make its own (docs/returns.md).
/// </summary>
internal static class LinkSecretFile
{
    public const string FileName = "returns-link.key";

    public static string ReadOrCreate(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: >= 32 } kept) return kept;
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, secret);
        // Two starts at once: the first rename wins and both read the file that stands.
        try { File.Move(temporary, path, overwrite: false); }
        catch (IOException) { File.Delete(temporary); }
        return File.ReadAllText(path).Trim();
    }
}
