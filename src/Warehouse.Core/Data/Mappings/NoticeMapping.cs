using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Notifications;

namespace Warehouse.Core.Data.Mappings;

internal sealed class NoticeMapping : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> e)
    {
        e.ToTable("Notices");
        e.Property(n => n.Key).HasMaxLength(120);
        // One notice per (order or parcel, kind): a fact delivered twice finds the first one's row.
        e.HasIndex(n => n.Key).IsUnique();
        e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(24);
        e.Property(n => n.Channel).HasConversion<string>().HasMaxLength(12);
        e.Property(n => n.Status).HasConversion<string>().HasMaxLength(12);
        e.Property(n => n.SkipReason).HasConversion<string>().HasMaxLength(24);
        e.Property(n => n.OrderNumber).HasMaxLength(40);
        e.HasIndex(n => n.OrderNumber);
        e.Property(n => n.TrackingNumber).HasMaxLength(64);
        e.Property(n => n.CarrierCode).HasMaxLength(20);
        e.Property(n => n.ReturnNumber).HasMaxLength(16);
        e.Property(n => n.LastError).HasMaxLength(500);
        e.Property(n => n.MessageId).HasMaxLength(200);
        // What the workers look for: due pending ones, and abandoned claims.
        e.HasIndex(n => new { n.Status, n.NextAttemptUtc });
    }
}
