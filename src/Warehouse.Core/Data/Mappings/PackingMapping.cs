using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Core.Printing;
using Warehouse.Core.Slips;

namespace Warehouse.Core.Data.Mappings;

internal sealed class PackingMapping :
    IEntityTypeConfiguration<PackingSession>, IEntityTypeConfiguration<PackedUnit>,
    IEntityTypeConfiguration<ExceptionCase>,
    IEntityTypeConfiguration<AuditEvent>, IEntityTypeConfiguration<PrintJob>
{
    public void Configure(EntityTypeBuilder<PackingSession> e)
    {
        e.Property(s => s.StationCode).HasMaxLength(20);
        // Stored as the words it always had ("short:missing"), so older rows read back.
        e.Property(s => s.PendingApproval).HasConversion(a => a!.Value.Code(), s => PackingApprovals.Parse(s)).HasMaxLength(40);
        e.Property(s => s.ShortReason).HasMaxLength(40);
        e.Property(s => s.WeightAcceptReason).HasMaxLength(40);
        e.Property(s => s.CartonCode).HasMaxLength(20);
        e.Property(s => s.Version).IsConcurrencyToken();
        e.HasOne(s => s.Order).WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(s => s.Units).WithOne().HasForeignKey(u => u.SessionId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(s => s.InBox); // a view of Units, not a relation
        e.HasIndex(s => new { s.OrderId, s.Status });
    }

    public void Configure(EntityTypeBuilder<PackedUnit> e) => e.HasIndex(u => u.SessionId);

    public void Configure(EntityTypeBuilder<ExceptionCase> e)
    {
        e.Property(x => x.StationCode).HasMaxLength(20);
        e.Property(x => x.OrderNumber).HasMaxLength(40);
        e.Property(x => x.Reason).HasMaxLength(200);
        e.Property(x => x.Resolution).HasMaxLength(200);
        e.Property(x => x.PhotoIds).HasMaxLength(200);
        e.HasIndex(x => x.AtUtc);
    }

    public void Configure(EntityTypeBuilder<AuditEvent> e)
    {
        e.Property(a => a.Kind).HasMaxLength(40);
        e.Property(a => a.StationCode).HasMaxLength(20);
        e.Property(a => a.OrderNumber).HasMaxLength(40);
        e.Property(a => a.Scanned).HasMaxLength(128);
        e.Property(a => a.Outcome).HasMaxLength(24);
        e.Property(a => a.MessageCode).HasMaxLength(40);
        e.Property(a => a.MessageArgs).HasMaxLength(1000);
        e.HasIndex(a => a.AtUtc);
        e.HasIndex(a => a.OrderNumber);
    }

    public void Configure(EntityTypeBuilder<PrintJob> e)
    {
        e.Property(j => j.StationCode).HasMaxLength(20);
        e.Property(j => j.FailureReason).HasMaxLength(200);
        e.Property(j => j.Version).IsConcurrencyToken();
        e.HasOne(j => j.Parcel).WithMany().HasForeignKey(j => j.ParcelId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(j => new { j.StationCode, j.Status });
        e.Property(j => j.SlipOf).HasMaxLength(PackingSlips.MaxOrderNumberLength);
        // The slip desk asks whether an order's slip was already queued each time it hears the order packed.
        e.HasIndex(j => j.SlipOf);
    }
}
