using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Data.Mappings;

internal sealed class StaffMapping :
    IEntityTypeConfiguration<Operator>, IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<Operator> e)
    {
        e.Property(o => o.Name).HasMaxLength(100);
        e.Property(o => o.Badge).HasMaxLength(40);
        e.HasIndex(o => o.Badge).IsUnique();
        e.Property(o => o.Language).HasMaxLength(5);
        e.Property(o => o.PasswordHash).HasMaxLength(200);
        e.Property(o => o.PinHash).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<ApiKey> e)
    {
        e.Property(k => k.Name).HasMaxLength(100);
        e.Property(k => k.KeyHash).HasMaxLength(64);
        e.HasIndex(k => k.KeyHash).IsUnique();
    }
}
