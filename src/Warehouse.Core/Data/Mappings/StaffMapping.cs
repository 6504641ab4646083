using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Data.Mappings;

internal sealed class StaffMapping :
    IEntityTypeConfiguration<Operator>, IEntityTypeConfiguration<Station>, IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<Operator> e)
    {
        e.Property(o => o.Name).HasMaxLength(100);
        e.Property(o => o.Badge).HasMaxLength(40);
        e.HasIndex(o => o.Badge).IsUnique();
        e.Property(o => o.Language).HasMaxLength(5);
        e.Property(o => o.PasswordHash).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<Station> e)
    {
        e.Property(s => s.Code).HasMaxLength(20);
        e.HasIndex(s => s.Code).IsUnique();
        e.Property(s => s.CredentialHash).HasMaxLength(64);
        e.Property(s => s.LastScanCode).HasMaxLength(128);
        e.HasOne(s => s.Operator).WithMany().HasForeignKey(s => s.OperatorId).OnDelete(DeleteBehavior.SetNull);
        e.Property(s => s.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<ApiKey> e)
    {
        e.Property(k => k.Name).HasMaxLength(100);
        e.Property(k => k.KeyHash).HasMaxLength(64);
        e.HasIndex(k => k.KeyHash).IsUnique();
    }
}
