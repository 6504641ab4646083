using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;

namespace Warehouse.Web.Demo;

/// <summary>Runs a <see cref="DemoScale"/> per packing station and feeds its readings to the station like a real scale would.</summary>
public sealed class DemoScales(
    IOptions<DemoOptions> options, FloorEvents events, StationBoard board, PackingStation packing, TimeProvider time, ILogger<DemoScales> log)
    : BackgroundService
{
    private readonly Dictionary<string, DemoScale> _scales = new(StringComparer.OrdinalIgnoreCase);

    public DemoScale this[string stationCode] => _scales[stationCode];

    public IReadOnlyCollection<DemoScale> All => _scales.Values;

    public void Add(string stationCode) => _scales[stationCode] = new DemoScale(stationCode, options.Value, time);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = events.Subscribe(async e =>
        {
            if (e.Kind is FloorEvent.Kinds.Weight or FloorEvent.Kinds.PrintJob) return;
            if (e.StationCode is { } code && _scales.TryGetValue(code, out var scale)) await RefreshLoadAsync(scale);
        });
        foreach (var scale in _scales.Values) await RefreshLoadAsync(scale);

        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.ScaleIntervalMilliseconds), time);
        while (await tick.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var scale in _scales.Values)
            {
                try
                {
                    if (scale.Read() is { } reading) await packing.WeighAsync(scale.StationCode, reading, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Demo scale {Station} reading was not taken", scale.StationCode);
                }
            }
        }
    }

    /// <summary>The parcel on the scale is the carton plus everything scanned into it so far.</summary>
    private async Task RefreshLoadAsync(DemoScale scale)
    {
        var view = await board.LoadAsync(scale.StationCode);
        scale.SetParcelLoad(view?.LoadGrams ?? 0);
    }
}
