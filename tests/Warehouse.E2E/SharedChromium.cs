using Microsoft.Playwright;

namespace Warehouse.E2E;

/// <summary>
/// One Playwright driver and one headless Chromium for the whole run, started by the first test that asks.
/// Each test class gets its own view of it (<see cref="ClassBrowser"/>): the contexts it opened, closed when it
/// is done, as its own browser was closed before. A driver and a browser per class cost ~2 s of CPU each time,
/// about sixty times a run, on a machine the run keeps busy (docs/testing.md).
/// </summary>
public static class SharedChromium
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    /// <summary>The run's Playwright driver, for a test that needs a browser launched with its own arguments.</summary>
    public static async Task<IPlaywright> PlaywrightAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _playwright ??= await Playwright.CreateAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The shared headless shell, as a browser of this class's own.</summary>
    public static async Task<IBrowser> ForClassAsync()
    {
        var playwright = await PlaywrightAsync();
        await Gate.WaitAsync();
        try
        {
            // A browser that crashed or was closed is replaced: one class's accident is not every later class's.
            if (_browser is not { IsConnected: true }) _browser = await Chromium.LaunchAsync(playwright);
            return new ClassBrowser(_browser);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The shared browser seen by one class: what it opens is its own, and closing it closes only that.</summary>
    private sealed class ClassBrowser(IBrowser shared) : IBrowser
    {
        private readonly List<IBrowserContext> _contexts = [];

        public IBrowserType BrowserType => shared.BrowserType;
        public bool IsConnected => shared.IsConnected;
        public string Version => shared.Version;

        public IReadOnlyList<IBrowserContext> Contexts
        {
            get { lock (_contexts) return [.. _contexts]; }
        }

        public event EventHandler<IBrowser> Disconnected
        {
            add => shared.Disconnected += value;
            remove => shared.Disconnected -= value;
        }

        public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) =>
            Own(await shared.NewContextAsync(options));

        public async Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null)
        {
            var page = await shared.NewPageAsync(options);
            Own(page.Context);
            return page;
        }

        private IBrowserContext Own(IBrowserContext context)
        {
            lock (_contexts) _contexts.Add(context);
            context.Close += (_, closed) => { lock (_contexts) _contexts.Remove(closed); };
            return context;
        }

        public event EventHandler<IBrowserContext> Context
        {
            add => shared.Context += value;
            remove => shared.Context -= value;
        }

        public Task<ICDPSession> NewBrowserCDPSessionAsync() => shared.NewBrowserCDPSessionAsync();

        // Serving the browser to other clients is not for one class to decide.
        public Task<BrowserBindResult> BindAsync(string title, BrowserBindOptions? options = null) => throw new NotSupportedException();

        public Task UnbindAsync() => throw new NotSupportedException();

        public async Task CloseAsync(BrowserCloseOptions? options = null)
        {
            foreach (var context in Contexts)
            {
                try
                {
                    await context.CloseAsync();
                }
                catch (PlaywrightException) when (!shared.IsConnected)
                {
                    // The browser went away (a crash): its contexts went with it.
                }
            }
        }

        public async ValueTask DisposeAsync() => await CloseAsync();
    }
}
