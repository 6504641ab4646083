using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Photos;

namespace Warehouse.Core.Data.Mappings;

internal sealed class PhotoMapping : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> e)
    {
        e.Property(p => p.Id).ValueGeneratedNever();
        e.Property(p => p.UploadId).HasMaxLength(64);
        // A retry of one photo finds the first try's row; two tries at once cannot both store it.
        e.HasIndex(p => p.UploadId).IsUnique();
        e.Property(p => p.Purpose).HasConversion<string>().HasMaxLength(24);
        e.Property(p => p.OrderNumber).HasMaxLength(40);
        e.HasIndex(p => p.OrderNumber);
        e.Property(p => p.StationCode).HasMaxLength(20);
        e.Property(p => p.ReturnNumber).HasMaxLength(20);
        e.HasIndex(p => p.ReturnNumber);
        e.Property(p => p.TakenBy).HasMaxLength(80);
        e.Property(p => p.ContentType).HasMaxLength(24);
        e.Property(p => p.Sha256).HasMaxLength(64).IsFixedLength();
        e.Property(p => p.FileName).HasMaxLength(64);
    }
}
