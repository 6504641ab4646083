namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// The tracking service's user (not the e-Nadawca one), sent in every call's WS-Security header.
/// <see cref="ToString"/> leaves the password out, so an account in a log does not carry it.
/// </summary>
public sealed record PocztexTrackingAccount(string Login, string Password)
{
    public override string ToString() => $"Sledzenie user {Login}";
}
