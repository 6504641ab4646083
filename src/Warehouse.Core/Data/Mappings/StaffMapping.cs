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
        // People stored before stamps get an empty one: cookies issued before it carry none and are refused once.
        e.Property(o => o.SecurityStamp).HasMaxLength(64).HasDefaultValue("");
    }

    public void Configure(EntityTypeBuilder<ApiKey> e)
    {
        e.Property(k => k.Name).HasMaxLength(100);
        e.Property(k => k.KeyHash).HasMaxLength(64);
        e.HasIndex(k => k.KeyHash).IsUnique();
        // Keys stored before scopes could do everything: they keep every scope (docs/operations.md).
        e.Property(k => k.Scopes).HasMaxLength(200).HasDefaultValue(ApiScopes.AllText);
        e.Property(k => k.Stations).HasMaxLength(2000);
    }
}
