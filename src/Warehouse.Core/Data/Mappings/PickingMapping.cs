using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Catalog;
using Warehouse.Core.Orders;
using Warehouse.Core.Picking;
using Warehouse.Core.Picking.Waves;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Data.Mappings;

internal sealed class PickingMapping :
    IEntityTypeConfiguration<Wave>, IEntityTypeConfiguration<WaveOrder>, IEntityTypeConfiguration<PickList>,
    IEntityTypeConfiguration<PickListTote>, IEntityTypeConfiguration<PickLine>, IEntityTypeConfiguration<PickedUnit>,
    IEntityTypeConfiguration<PutBackTask>
{
    public void Configure(EntityTypeBuilder<Wave> e)
    {
        e.Ignore(w => w.Number);
        e.Property(w => w.Rule).HasMaxLength(300);
        e.HasMany(w => w.Orders).WithOne().HasForeignKey(o => o.WaveId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(w => w.State);
    }

    public void Configure(EntityTypeBuilder<WaveOrder> e)
    {
        e.Property(o => o.OrderNumber).HasMaxLength(40);
        e.Property(o => o.Note).HasMaxLength(300);
        e.HasOne<Order>().WithMany().HasForeignKey(o => o.OrderId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(o => new { o.WaveId, o.Position });
    }

    public void Configure(EntityTypeBuilder<PickList> e)
    {
        e.Ignore(l => l.Number);
        e.Property(l => l.ZoneCode).HasMaxLength(4);
        e.Property(l => l.Method).HasMaxLength(60);
        e.Property(l => l.StationCode).HasMaxLength(32);
        e.Property(l => l.AtLocation).HasMaxLength(16);
        e.Property(l => l.Version).IsConcurrencyToken();
        e.HasOne<Wave>().WithMany().HasForeignKey(l => l.WaveId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(l => l.Totes).WithOne().HasForeignKey(t => t.PickListId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(l => l.Lines).WithOne().HasForeignKey(t => t.PickListId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(l => new { l.State, l.Id });
    }

    public void Configure(EntityTypeBuilder<PickListTote> e)
    {
        e.Property(t => t.OrderNumber).HasMaxLength(40);
        e.Property(t => t.ToteBarcode).HasMaxLength(20);
        e.HasIndex(t => new { t.PickListId, t.Slot }).IsUnique();
        e.HasIndex(t => t.ToteBarcode);
    }

    public void Configure(EntityTypeBuilder<PickLine> e)
    {
        e.Ignore(l => l.IsDone);
        e.Property(l => l.OrderNumber).HasMaxLength(40);
        e.Property(l => l.ZoneCode).HasMaxLength(4);
        e.Property(l => l.LocationCode).HasMaxLength(16);
        e.Property(l => l.Lot).HasMaxLength(40);
        e.HasOne<Wave>().WithMany().HasForeignKey(l => l.WaveId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Order>().WithMany().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Sku>().WithMany().HasForeignKey(l => l.SkuId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<StockBalance>().WithMany().HasForeignKey(l => l.BalanceId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(l => new { l.WaveId, l.PickListId });
        e.HasIndex(l => l.OrderId);
        e.ToTable(t => t.HasCheckConstraint("CK_PickLines_Counts", "\"Quantity\" > 0 AND \"Picked\" >= 0 AND \"Shorted\" >= 0 AND \"Picked\" + \"Shorted\" <= \"Quantity\""));
    }

    public void Configure(EntityTypeBuilder<PickedUnit> e)
    {
        e.Property(u => u.LocationCode).HasMaxLength(16);
        e.Property(u => u.ToteBarcode).HasMaxLength(20);
        e.Property(u => u.Lot).HasMaxLength(40);
        e.Property(u => u.Serial).HasMaxLength(60);
        e.HasOne<PickLine>().WithMany().HasForeignKey(u => u.PickLineId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(u => u.OrderId);
        e.HasIndex(u => new { u.SkuId, u.Serial });
    }

    public void Configure(EntityTypeBuilder<PutBackTask> e)
    {
        e.Property(t => t.OrderNumber).HasMaxLength(40);
        e.Property(t => t.ToteBarcode).HasMaxLength(20);
        e.Property(t => t.Lot).HasMaxLength(40);
        e.Property(t => t.Serial).HasMaxLength(60);
        e.Property(t => t.FromLocationCode).HasMaxLength(16);
        e.Property(t => t.PutToLocationCode).HasMaxLength(16);
        e.HasOne<Sku>().WithMany().HasForeignKey(t => t.SkuId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(t => t.DoneUtc);
    }
}
