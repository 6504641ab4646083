using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Shipping.Dock;

namespace Warehouse.Core.Data.Mappings;

internal sealed class ManifestMapping : IEntityTypeConfiguration<Manifest>
{
    public void Configure(EntityTypeBuilder<Manifest> e)
    {
        e.Property(m => m.CarrierCode).HasMaxLength(20);
        e.Property(m => m.State).HasConversion<string>().HasMaxLength(10);
        e.Property(m => m.Number).HasMaxLength(Manifest.MaxNumberLength);
        e.Property(m => m.OpenedAt).HasMaxLength(32);
        e.Property(m => m.ClosedAt).HasMaxLength(32);
        e.Property(m => m.HandoverProblem).HasMaxLength(500);
        e.Property(m => m.CarrierReference).HasMaxLength(100);
        e.Property(m => m.Version).IsConcurrencyToken();
        e.HasIndex(m => m.Number).IsUnique();
        // One open handover per carrier: two docks opening it at once meet here, and the loser decides again.
        e.HasIndex(m => m.CarrierCode).IsUnique().HasFilter("\"State\" = 'Open'");
        // The handover pass's queue: closed manifests the carrier has not heard of yet.
        e.HasIndex(m => new { m.State, m.NextHandoverUtc });
        e.HasIndex(m => m.ClosedUtc);
    }
}
