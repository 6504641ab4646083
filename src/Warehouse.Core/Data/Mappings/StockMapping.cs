using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Catalog;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Data.Mappings;

internal sealed class StockMapping :
    IEntityTypeConfiguration<Zone>, IEntityTypeConfiguration<Location>, IEntityTypeConfiguration<Tote>, IEntityTypeConfiguration<Cart>,
    IEntityTypeConfiguration<StockMove>, IEntityTypeConfiguration<StockBalance>, IEntityTypeConfiguration<StockSerial>,
    IEntityTypeConfiguration<CountTask>
{
    public void Configure(EntityTypeBuilder<Zone> e)
    {
        e.Property(z => z.Code).HasMaxLength(4);
        e.HasIndex(z => z.Code).IsUnique();
        e.Property(z => z.Name).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<Location> e)
    {
        e.Property(l => l.Code).HasMaxLength(16);
        e.HasIndex(l => l.Code).IsUnique();
        e.HasOne(l => l.Zone).WithMany().HasForeignKey(l => l.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Tote> e)
    {
        e.Property(t => t.Barcode).HasMaxLength(20);
        e.HasIndex(t => t.Barcode).IsUnique();
        e.Property(t => t.OrderNumber).HasMaxLength(40);
        e.HasIndex(t => t.OrderId);
    }

    public void Configure(EntityTypeBuilder<Cart> e)
    {
        e.Property(c => c.Barcode).HasMaxLength(20);
        e.HasIndex(c => c.Barcode).IsUnique();
    }

    public void Configure(EntityTypeBuilder<StockMove> e)
    {
        e.Property(m => m.Lot).HasMaxLength(40);
        e.Property(m => m.Serial).HasMaxLength(60);
        e.Property(m => m.Reason).HasMaxLength(24);
        e.Property(m => m.SourceDocument).HasMaxLength(80);
        e.ComplexProperty(m => m.From, p => p.Property(x => x.Code).HasMaxLength(40));
        e.ComplexProperty(m => m.To, p => p.Property(x => x.Code).HasMaxLength(40));
        e.HasOne<Sku>().WithMany().HasForeignKey(m => m.SkuId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(m => new { m.SkuId, m.AtUtc });
    }

    public void Configure(EntityTypeBuilder<StockBalance> e)
    {
        e.Property(b => b.Lot).HasMaxLength(40);
        e.Property(b => b.Version).IsConcurrencyToken();
        e.Ignore(b => b.Free);
        e.HasOne<Sku>().WithMany().HasForeignKey(b => b.SkuId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Location>().WithMany().HasForeignKey(b => b.LocationId).OnDelete(DeleteBehavior.Restrict);
        // One row per kind of unit per place; no expiry is one kind too (PostgreSQL would let nulls differ).
        e.HasIndex(b => new { b.LocationId, b.SkuId, b.Lot, b.Expiry, b.Status }).IsUnique().AreNullsDistinct(false);
        e.HasIndex(b => new { b.SkuId, b.Status });
        e.ToTable(t => t.HasCheckConstraint("CK_StockBalances_Counts", "\"OnHand\" >= 0 AND \"Reserved\" >= 0 AND \"Reserved\" <= \"OnHand\""));
    }

    public void Configure(EntityTypeBuilder<StockSerial> e)
    {
        e.Property(s => s.Serial).HasMaxLength(60);
        e.HasOne<Sku>().WithMany().HasForeignKey(s => s.SkuId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(s => new { s.SkuId, s.Serial }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<CountTask> e)
    {
        e.Ignore(t => t.IsOpen);
        e.Property(t => t.LocationCode).HasMaxLength(16);
        e.Property(t => t.Reason).HasMaxLength(60);
        e.Property(t => t.SourceDocument).HasMaxLength(80);
        e.HasIndex(t => new { t.LocationCode, t.CountedUtc });
    }
}
