using System.Collections.Immutable;

namespace Warehouse.Core.Floor;

/// <summary>
/// In-process fan-out of committed floor events. A subscriber must be quick (hand the event
/// to its own queue or call InvokeAsync); a subscriber that throws is cut off, not the floor.
/// </summary>
public sealed class FloorEvents
{
    private ImmutableArray<Func<FloorEvent, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<FloorEvent, Task> onEvent)
    {
        ImmutableInterlocked.Update(ref _subscribers, s => s.Add(onEvent));
        return new Subscription(() => ImmutableInterlocked.Update(ref _subscribers, s => s.Remove(onEvent)));
    }

    public async Task PublishAsync(FloorEvent floorEvent)
    {
        foreach (var subscriber in _subscribers)
        {
            try
            {
                await subscriber(floorEvent);
            }
            catch (Exception)
            {
                // A broken page must not stop the scan that published the event.
                ImmutableInterlocked.Update(ref _subscribers, s => s.Remove(subscriber));
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;
        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
