using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Catalog;
using Warehouse.Core.Receiving;

namespace Warehouse.Core.Data.Mappings;

internal sealed class ReceivingMapping :
    IEntityTypeConfiguration<Delivery>, IEntityTypeConfiguration<DeliveryLine>, IEntityTypeConfiguration<ReceivedUnit>,
    IEntityTypeConfiguration<GoodsInDesk>
{
    public void Configure(EntityTypeBuilder<Delivery> e)
    {
        e.Property(d => d.Number).HasMaxLength(DeliveryNumber.MaxLength);
        e.Property(d => d.Supplier).HasMaxLength(100);
        e.Property(d => d.Version).IsConcurrencyToken();
        e.HasIndex(d => d.Number).IsUnique();
        e.HasIndex(d => d.State);
        e.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DeliveryLine> e)
    {
        e.Property(l => l.Lot).HasMaxLength(40);
        e.HasOne<Sku>().WithMany().HasForeignKey(l => l.SkuId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(l => new { l.DeliveryId, l.SkuId, l.Lot }).IsUnique();
        e.ToTable(t => t.HasCheckConstraint("CK_DeliveryLines_Counts", "\"Expected\" >= 0 AND \"Received\" >= 0"));
    }

    public void Configure(EntityTypeBuilder<ReceivedUnit> e)
    {
        e.Property(u => u.Lot).HasMaxLength(40);
        e.Property(u => u.Serial).HasMaxLength(60);
        e.Property(u => u.StationCode).HasMaxLength(32);
        e.Property(u => u.LocationCode).HasMaxLength(16);
        e.HasOne<Delivery>().WithMany().HasForeignKey(u => u.DeliveryId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<DeliveryLine>().WithMany().HasForeignKey(u => u.DeliveryLineId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(u => new { u.DeliveryId, u.StationCode, u.LocationCode });
        // A serial enters once per SKU: two desks scanning it at once meet here, and the loser decides again.
        e.HasIndex(u => new { u.SkuId, u.Serial }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<GoodsInDesk> e)
    {
        e.Property(d => d.StationCode).HasMaxLength(32);
        e.Property(d => d.PutBackTote).HasMaxLength(20);
        e.HasIndex(d => d.StationCode).IsUnique();
        // One desk at a time empties a tote: a second desk taking it meets this index and decides again.
        e.HasIndex(d => d.PutBackTote).IsUnique();
    }
}
