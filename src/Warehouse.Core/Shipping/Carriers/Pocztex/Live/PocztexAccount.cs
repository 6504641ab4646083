using System.Net.Http.Headers;
using System.Text;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// The e-Nadawca login and password, sent on every call as HTTP Basic authentication (e-Nadawca has no session
/// and no token). <see cref="ToString"/> leaves the password out, so an account in a log does not carry it.
/// </summary>
public sealed record PocztexAccount(string Login, string Password)
{
    public AuthenticationHeaderValue Basic() =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Login}:{Password}")));

    public override string ToString() => $"e-Nadawca user {Login}";
}
