using Warehouse.Core.Floor;

namespace Warehouse.Core.Staff;

/// <summary>
/// An admin changed a person (added, roles, password, deactivated, reactivated) or the person signed
/// out. <paramref name="SessionsEnded"/>: the security stamp changed, so every open page of theirs closes.
/// </summary>
[EventName("person.changed")]
public sealed record PersonChanged(DateTime AtUtc, int OperatorId, PersonChange Change, int? ById, bool SessionsEnded)
    : FloorFact(AtUtc, null);

public enum PersonChange
{
    Added,
    RoleChanged,
    PasswordReset,
    Deactivated,
    Reactivated,
    SignedOut,
    PinSet,
}

/// <summary>An admin created or revoked an API key.</summary>
[EventName("apikey.changed")]
public sealed record ApiKeyChanged(DateTime AtUtc, int KeyId, bool Revoked, int ById) : FloorFact(AtUtc, null);
