using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Core.Picking;
using Warehouse.Core.Quality;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping;
using Warehouse.Web.Auth;
using Warehouse.Core.Stations;
using Warehouse.Core.Wall;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Components.Pages.Floor;

/// <summary>
/// The supervisor's live floor. Floor events mark the view stale; it is re-read at most every
/// quarter second, so a burst of scans costs a few queries, not one per scan.
/// </summary>
public sealed partial class Dashboard
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(250);
    private const int ExceptionsShown = 4;

    [Inject] private FloorBoard Board { get; set; } = default!;
    [Inject] private PickingBoard Picking { get; set; } = default!;
    [Inject] private CutOffBoard CutOffs { get; set; } = default!;
    [Inject] private ReturnsFigures ReturnsToday { get; set; } = default!;
    [Inject] private FloorEvents Events { get; set; } = default!;
    [Inject] private DeviceHealthBoard Devices { get; set; } = default!;
    [Inject] private FloorClock Clock { get; set; } = default!;
    [Inject] private ClaimRelease Claims { get; set; } = default!;
    [Inject] private ExceptionResolution Exceptions { get; set; } = default!;
    [Inject] private QcResolution QcFailures { get; set; } = default!;
    [Inject] private QcFigures Qc { get; set; } = default!;
    [Inject] private DayPlans Plans { get; set; } = default!;
    [Inject] private ILogger<Dashboard> Log { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    /// <summary>The signed-in supervisor's language (the PL | EN switch on the menu page sets it).</summary>
    private Texts T { get; set; } = Texts.Polish;

    private FloorView? _view;
    private PickingFloorView? _picking;
    private QcDay? _qc;
    private IReadOnlyList<CarrierCutOff> _cutOffs = [];
    private ReturnsDay? _returns;
    private IDisposable? _subscription;
    private Timer? _timer;
    private int _stale;
    private int? _planInput;

    protected override async Task OnInitializedAsync()
    {
        T = Texts.For((await AuthState).User);
        _view = await Board.LoadAsync();
        _picking = await Picking.LoadAsync();
        _qc = await Qc.TodayAsync();
        _cutOffs = await CutOffs.LoadAsync();
        _returns = await ReturnsToday.TodayAsync();
        _planInput = _view.PlanToday;
        _subscription = Events.Subscribe(e =>
        {
            if (e is not WeightRead) Interlocked.Exchange(ref _stale, 1);
            return Task.CompletedTask;
        });
        _timer = new Timer(_ => _ = InvokeAsync(RefreshAsync), null, RefreshEvery, RefreshEvery);
    }

    private int _ticks;

    private async Task RefreshAsync()
    {
        // Re-read when something happened, and every few seconds anyway so idle times move on.
        var due = Interlocked.Exchange(ref _stale, 0) == 1 || ++_ticks % 20 == 0;
        if (!due) return;
        try
        {
            _view = await Board.LoadAsync();
            _picking = await Picking.LoadAsync();
            _qc = await Qc.TodayAsync();
            _cutOffs = await CutOffs.LoadAsync();
            _returns = await ReturnsToday.TodayAsync();
            StateHasChanged();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Keep the wall screen alive; the next event or tick tries again.
            Log.LogError(e, "Floor dashboard refresh failed");
            Interlocked.Exchange(ref _stale, 1);
        }
    }

    private async Task<int?> SupervisorIdAsync()
    {
        var user = (await AuthState).User;
        return int.TryParse(user.FindFirst(FloorSchemes.OperatorIdClaim)?.Value, out var id) ? id : null;
    }

    private async Task ReleaseAsync(string orderNumber)
    {
        if (await SupervisorIdAsync() is int supervisorId) await Claims.ReleaseAsync(orderNumber, supervisorId);
    }

    private async Task ResolveAsync(int exceptionId)
    {
        if (await SupervisorIdAsync() is int supervisorId) await Exceptions.ResolveAsync(exceptionId, supervisorId);
    }

    /// <summary>A failed QC check whose item the supervisor replaced: the hold goes and the order waits at the bench again.</summary>
    private async Task BackToQcAsync(int exceptionId)
    {
        if (await SupervisorIdAsync() is int supervisorId) await QcFailures.BackToBenchAsync(exceptionId, supervisorId);
    }

    private async Task SetPlanAsync()
    {
        if (_planInput is int orders && await SupervisorIdAsync() is int supervisorId) await Plans.SetTodayAsync(orders, supervisorId);
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _timer?.Dispose();
    }
}
