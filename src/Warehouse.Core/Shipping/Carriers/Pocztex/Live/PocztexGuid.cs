using System.Security.Cryptography;
using System.Text;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// The parcel's guid in e-Nadawca: 32 hex characters the sender makes (guidType, length 32), unique per parcel.
/// We make it from our reference (the SSCC), not at random, so after an answer we never heard the same parcel
/// has the same guid and is found in the buffer by it. MD5 here is a name, not a secret.
/// </summary>
public static class PocztexGuid
{
    public static string For(string reference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes("warehouse-pocztex:" + reference)));
    }
}
