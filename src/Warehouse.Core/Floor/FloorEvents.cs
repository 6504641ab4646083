using System.Collections.Immutable;

namespace Warehouse.Core.Floor;

/// <summary>
/// In-process fan-out of floor events: facts as the relay reads them back after their commit,
/// signals as they happen. Publishing never waits for subscribers: a scan's
/// answer must not wait on a page re-rendering or a socket draining. Each subscriber is started in
/// publish order; one that fails is cut off, not the floor.
/// </summary>
public sealed class FloorEvents
{
    private ImmutableArray<Func<FloorEvent, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<FloorEvent, Task> onEvent)
    {
        ImmutableInterlocked.Update(ref _subscribers, s => s.Add(onEvent));
        return new Subscription(() => Unsubscribe(onEvent));
    }

    public void Publish(FloorEvent floorEvent)
    {
        foreach (var subscriber in _subscribers)
        {
            Task running;
            try
            {
                running = subscriber(floorEvent);
            }
            catch (Exception)
            {
                Unsubscribe(subscriber);
                continue;
            }
            if (!running.IsCompletedSuccessfully) _ = CutOffIfFailedAsync(subscriber, running);
        }
    }

    private async Task CutOffIfFailedAsync(Func<FloorEvent, Task> subscriber, Task running)
    {
        try
        {
            await running;
        }
        catch (Exception)
        {
            Unsubscribe(subscriber);
        }
    }

    private void Unsubscribe(Func<FloorEvent, Task> subscriber) =>
        ImmutableInterlocked.Update(ref _subscribers, s => s.Remove(subscriber));

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;
        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
