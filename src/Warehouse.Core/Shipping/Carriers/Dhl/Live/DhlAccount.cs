namespace Warehouse.Core.Shipping.Carriers.Dhl.Live;

/// <summary>
/// The DHL24 API user and password (authData, in every call's body: DHL has no token) and the SAP number of
/// the account that pays (payment/accountNumber).
/// </summary>
public sealed record DhlAccount(string Username, string Password, string SapNumber);
