using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Warehouse.Core.Orders;
using Warehouse.Core.Picking;
using Warehouse.Core.Picking.Waves;
using Warehouse.Web.Auth;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Components.Pages.Picking;

/// <summary>
/// A supervisor releases a wave: the rule, a preview that reserves nothing, then the release with a
/// bar that moves order by order (a large wave takes a while: every order is its own transaction).
/// </summary>
public sealed partial class WavesPage
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private Texts T { get; set; } = Texts.Polish;
    private int? _supervisorId;
    private readonly HashSet<SalesChannel> _channels = [];
    private string? _carriers;
    private DateTime? _shipByBefore;
    private int _maxOrders = 50;
    private string _mode = "batch";
    private int _totes;
    private bool _busy;
    private WavePreview? _preview;
    private WaveProgress? _progress;
    private string? _outcome;
    private IReadOnlyDictionary<string, string[]> _problems = new Dictionary<string, string[]>();
    private IReadOnlyList<PickListRow> _recent = [];

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        T = Texts.For(user);
        _supervisorId = int.TryParse(user.FindFirst(FloorSchemes.OperatorIdClaim)?.Value, out var id) ? id : null;
        _channels.UnionWith(Options.Value.ChannelsPickedFirst);
        _totes = Options.Value.TotesPerCart;
        _recent = await Lists.RecentAsync(20);
    }

    private void Toggle(SalesChannel channel, bool on)
    {
        if (on) _channels.Add(channel);
        else _channels.Remove(channel);
        _preview = null;
    }

    private WaveSelection? Selection()
    {
        var request = new WaveRequest
        {
            Channels = [.. _channels.Select(c => (string?)c.ToString())],
            Carriers = string.IsNullOrWhiteSpace(_carriers) ? null : [.. _carriers.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            ShipByBefore = _shipByBefore is { } local ? new DateTimeOffset(Clock.ToUtc(local), TimeSpan.Zero) : null,
            MaxOrders = _maxOrders,
            Mode = _mode,
            TotesPerCart = _totes,
        };
        var check = new WaveCheck(Options.Value);
        var selection = check.Run(request);
        _problems = check.Problems;
        return selection;
    }

    private async Task PreviewAsync()
    {
        _outcome = null;
        _progress = null;
        if (Selection() is not { } selection) { _preview = null; return; }
        _busy = true;
        try { _preview = await Waves.PreviewAsync(selection); }
        finally { _busy = false; }
        if (_preview.Orders.Count == 0) _outcome = "✖ " + T["picking.waves.nothing"];
    }

    private async Task ReleaseAsync()
    {
        if (Selection() is not { } selection) return;
        _busy = true;
        _progress = new WaveProgress(0, _preview?.Orders.Count ?? 0);
        try
        {
            var progress = new OnCircuit(this);
            var outcome = await Waves.ReleaseAsync(selection, _supervisorId, progress);
            _outcome = outcome switch
            {
                WaveOutcome.Released r => "✔ " + T["picking.waves.released", r.Wave.Number, r.Wave.Released, r.Wave.Held, r.Wave.Skipped, string.Join(", ", r.Wave.PickLists)],
                WaveOutcome.Empty => "✖ " + T["picking.waves.nothing"],
                _ => "✖",
            };
            _preview = null;
            _recent = await Lists.RecentAsync(20);
        }
        finally { _busy = false; }
    }

    private static string Metres(long mm) => (mm / 1000.0).ToString("0");

    // Reports come from the release's own thread: the page re-renders on its circuit.
    private sealed class OnCircuit(WavesPage page) : IProgress<WaveProgress>
    {
        public void Report(WaveProgress value) => _ = page.InvokeAsync(() =>
        {
            page._progress = value;
            page.StateHasChanged();
        });
    }
}
