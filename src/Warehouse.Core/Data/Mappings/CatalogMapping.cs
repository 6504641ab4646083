using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Catalog;

namespace Warehouse.Core.Data.Mappings;

internal sealed class CatalogMapping : IEntityTypeConfiguration<Sku>, IEntityTypeConfiguration<CartonType>
{
    public void Configure(EntityTypeBuilder<Sku> e)
    {
        e.Property(s => s.Code).HasMaxLength(40);
        e.HasIndex(s => s.Code).IsUnique();
        e.Property(s => s.Name).HasMaxLength(200);
        e.Property(s => s.Gtin).HasMaxLength(14);
        e.HasIndex(s => s.Gtin).IsUnique();
        e.Property(s => s.Category).HasMaxLength(40);
        e.ComplexProperty(s => s.Size);
        // Existing SKUs are returnable: the column arrives as None.
        e.Property(s => s.WithdrawalExclusion).HasConversion<string>().HasMaxLength(24).HasDefaultValue(WithdrawalExclusion.None).HasSentinel(WithdrawalExclusion.None);
    }

    public void Configure(EntityTypeBuilder<CartonType> e)
    {
        e.Property(c => c.Code).HasMaxLength(20);
        e.HasIndex(c => c.Code).IsUnique();
        e.Property(c => c.Name).HasMaxLength(100);
        e.ComplexProperty(c => c.Inner);
        e.ComplexProperty(c => c.Outer);
    }
}
