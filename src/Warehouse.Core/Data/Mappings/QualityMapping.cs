using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Quality;

namespace Warehouse.Core.Data.Mappings;

internal sealed class QualityMapping : IEntityTypeConfiguration<QcCheck>, IEntityTypeConfiguration<QcUnit>
{
    public void Configure(EntityTypeBuilder<QcCheck> e)
    {
        e.Property(c => c.OrderNumber).HasMaxLength(40);
        e.Property(c => c.ToteBarcode).HasMaxLength(20);
        e.Property(c => c.StationCode).HasMaxLength(20);
        e.Property(c => c.Reason).HasMaxLength(40);
        e.Property(c => c.PhotoIds).HasMaxLength(200);
        e.Property(c => c.Version).IsConcurrencyToken();
        e.HasOne(c => c.Order).WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.Units).WithOne().HasForeignKey(u => u.CheckId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(c => new { c.OrderId, c.Result });
        e.HasIndex(c => c.FinishedUtc);
    }

    public void Configure(EntityTypeBuilder<QcUnit> e) => e.HasIndex(u => u.CheckId);
}
