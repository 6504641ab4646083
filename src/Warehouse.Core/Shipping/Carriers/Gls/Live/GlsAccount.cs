namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// The ADE Plus WebAPI user and its password, sent only in adeLogin. <see cref="ToString"/> leaves the password
/// out, so an account that ends up in a log or an exception message does not carry it.
/// </summary>
public sealed record GlsAccount(string Login, string Password)
{
    public override string ToString() => $"GLS ADE user {Login}";
}
