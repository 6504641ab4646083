using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Catalog;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;

namespace Warehouse.Core.Data.Mappings;

internal sealed class ReturnUnitMapping : IEntityTypeConfiguration<ReturnUnit>
{
    public void Configure(EntityTypeBuilder<ReturnUnit> e)
    {
        e.ToTable("ReturnUnits");
        e.HasIndex(u => u.ReturnId);
        e.HasOne<ReturnLine>().WithMany().HasForeignKey(u => u.ReturnLineId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Sku>().WithMany().HasForeignKey(u => u.SkuId).OnDelete(DeleteBehavior.Restrict);
        e.Property(u => u.Code).HasMaxLength(128); // ScanText.ForAudit
        e.Property(u => u.Outcome).HasConversion<string>().HasMaxLength(16);
        e.Property(u => u.Grade).HasConversion<string>().HasMaxLength(1);
        e.Property(u => u.Disposition).HasConversion<string>().HasMaxLength(16);
        e.Property(u => u.StationCode).HasMaxLength(20);
        e.Property(u => u.Location).HasMaxLength(40);
        e.Property(u => u.Lot).HasMaxLength(40); // as on stock moves
        e.Property(u => u.Serial).HasMaxLength(60);
        e.Property(u => u.Trace).HasConversion<string>().HasMaxLength(12);
        e.Property(u => u.Note).HasMaxLength(ReturnUnitNotes.MaxLength);
        e.PrimitiveCollection(u => u.Checked);
        e.Ignore(u => u.IsOpen);
        e.Ignore(u => u.AwaitsPlace);
        e.Ignore(u => u.AllowsRestock);
        e.Ignore(u => u.Suggested);
    }
}
