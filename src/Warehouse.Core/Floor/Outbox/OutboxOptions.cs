using System.ComponentModel.DataAnnotations;

namespace Warehouse.Core.Floor.Outbox;

/// <summary>The "Outbox" section: how often other instances' facts are looked for, and how long facts are kept.</summary>
public sealed class OutboxOptions
{
    /// <summary>Facts committed by another app instance are seen within this (this instance's own at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Delivered facts stay this long, so that a hub client that lost its connection can resume.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromHours(1);

    /// <summary>No fact is kept longer, even for a consumer that has stopped: it is told it has a gap.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(7);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PruneEvery { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Test hook, never set in production: the process kills itself when the relay is about to
    /// deliver the decided scan with this id, after its commit and before anyone heard of it.
    /// </summary>
    [MaxLength(64)]
    public string? TestKillBeforeDeliveringScan { get; set; }
}
