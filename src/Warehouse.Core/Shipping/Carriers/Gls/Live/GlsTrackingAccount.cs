namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// The Track&amp;Trace user and its password, sent as HTTP Basic on every call. Not the ADE Plus user: GLS gives
/// tracking rights to a WebAPI/YourGLS user of its own. <see cref="ToString"/> leaves the password out.
/// </summary>
public sealed record GlsTrackingAccount(string Login, string Password)
{
    public override string ToString() => $"GLS Track&Trace user {Login}";
}
