using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;

namespace Warehouse.Web.Auth;

/// <summary>
/// Ends a person's open Blazor pages when their sessions end (sign-out, deactivation, a password
/// reset, a role change). One per circuit. The change's fact arrives on every instance and sends
/// the page to the sign-in page at once, which closes the circuit; and the next thing the browser
/// sends into a circuit whose stamp no longer holds is refused, which ends the circuit too (the
/// page then reloads and meets the sign-in page), in case the fact was missed.
/// </summary>
internal sealed class PersonCircuits(AuthenticationStateProvider auth, PersonStamps stamps, FloorEvents events, NavigationManager navigation)
    : CircuitHandler, IDisposable
{
    private ClaimsPrincipal? _person;
    private int? _operatorId;
    private IDisposable? _subscription;
    private volatile bool _ended;

    public bool Ended => _ended;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken ct)
    {
        var user = (await auth.GetAuthenticationStateAsync()).User;
        if (!int.TryParse(user.FindFirst(FloorSchemes.OperatorIdClaim)?.Value, out var id)) return;
        _person = user;
        _operatorId = id;
        _subscription = events.Subscribe(OnFloorEventAsync);
    }

    private Task OnFloorEventAsync(FloorEvent e)
    {
        if (e is PersonChanged { SessionsEnded: true } change && change.OperatorId == _operatorId) End();
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (_person is not null && (_ended || !await stamps.IsCurrentAsync(_person)))
            {
                End();
                throw new InvalidOperationException("This person's sessions have ended: the page closes.");
            }
            await next(context);
        };

    private void End()
    {
        if (_ended) return;
        _ended = true;
        stamps.Forget(_operatorId ?? 0);
        try
        {
            // A forced load leaves the circuit; the sign-in page refuses the old cookie.
            navigation.NavigateTo("/login", forceLoad: true);
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
        {
            // The browser is gone already, or the circuit is closing: the inbound check ends it.
        }
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken ct)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => Interlocked.Exchange(ref _subscription, null)?.Dispose();
}
