using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Notifications;

namespace Warehouse.Web.Notices;

/// <summary>
/// Customer notices, three loops: the "notices" consumer turns facts into notice rows (from its
/// checkpoint, at least once), the worker sends what is due (at once when a notice is written or
/// resent, else every <c>Notices:PollInterval</c>), and the delay check looks for late orders.
/// </summary>
internal sealed class NoticeService(
    DurableFacts durable, NoticeConsumer consumer, FloorEvents events, NoticeDelivery delivery, NoticeDelays delays, NoticeBell bell,
    IOptions<NoticeOptions> options, IOptions<OutboxOptions> outbox, ILogger<NoticeService> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.EmailEnabled && !options.Value.SmsEnabled)
            log.LogWarning("Notices: neither Notices:Smtp:Host nor Notices:Sms:Url is set; notices are written and shown as not sent (docs/notifications.md)");
        return Task.WhenAll(
            durable.RunAsync(consumer, events, outbox.Value.PollInterval, stoppingToken),
            DeliverAsync(stoppingToken),
            CheckDelaysAsync(stoppingToken));
    }

    private async Task DeliverAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await delivery.PassAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Sending notices failed; trying again at the next poll");
            }
            await bell.WaitAsync(options.Value.PollInterval, ct);
        }
    }

    private async Task CheckDelaysAsync(CancellationToken ct)
    {
        using var every = new PeriodicTimer(options.Value.DelayCheckEvery);
        do
        {
            try
            {
                if (await delays.CheckAsync(ct) is > 0 and var late) log.LogInformation("Notices: {Count} order(s) past their ship-by time", late);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Looking for late orders failed; trying again at the next round");
            }
        } while (await every.WaitForNextTickAsync(ct));
    }
}
