using System.Net;
using System.Text;

namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>What a carrier's server answered to one call: its status and body, whatever they say.</summary>
public sealed record CarrierAnswer(HttpStatusCode Code, byte[] Bytes)
{
    public bool Succeeded => (int)Code is >= 200 and < 300;

    public string Text => Encoding.UTF8.GetString(Bytes);
}
