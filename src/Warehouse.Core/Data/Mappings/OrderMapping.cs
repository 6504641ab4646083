using Warehouse.Core.Shipping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Data.Mappings;

internal sealed class OrderMapping :
    IEntityTypeConfiguration<Order>, IEntityTypeConfiguration<OrderLine>,
    IEntityTypeConfiguration<Recipient>, IEntityTypeConfiguration<Parcel>, IEntityTypeConfiguration<CarrierWebhookReceipt>, IEntityTypeConfiguration<ParcelEvent>
{
    public void Configure(EntityTypeBuilder<Order> e)
    {
        e.Property(o => o.Number).HasMaxLength(40);
        e.HasIndex(o => o.Number).IsUnique();
        e.HasIndex(o => o.Status);
        e.HasIndex(o => o.WaveId);
        e.Property(o => o.StopReason).HasMaxLength(500);
        e.Property(o => o.Holds).HasConversion<string>().HasMaxLength(100);
        e.Property(o => o.Carrier).HasMaxLength(40);
        e.Property(o => o.Service).HasMaxLength(40);
        e.Property(o => o.ClaimedByStation).HasMaxLength(20);
        e.Property(o => o.PickupPoint).HasMaxLength(OrderCheck.MaxPickupPoint);
        e.Property(o => o.Currency).HasMaxLength(3);
        e.Property(o => o.Language).HasMaxLength(2);
        e.Property(o => o.GiftNote).HasMaxLength(OrderCheck.MaxGiftNote);
        e.Property(o => o.Brand).HasMaxLength(40);
        e.Property(o => o.Version).IsConcurrencyToken();
        e.HasOne(o => o.Recipient).WithMany().HasForeignKey(o => o.RecipientId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(o => o.Parcels).WithOne().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<OrderLine> e)
    {
        e.HasOne(l => l.Sku).WithMany().HasForeignKey(l => l.SkuId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(l => new { l.OrderId, l.SkuId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Recipient> e)
    {
        e.ToTable("Recipients");
        e.Property(r => r.Name).HasMaxLength(200);
        e.Property(r => r.Email).HasMaxLength(254);
        e.Property(r => r.Phone).HasMaxLength(40);
        e.Property(r => r.Street).HasMaxLength(200);
        e.Property(r => r.PostalCode).HasMaxLength(20);
        e.Property(r => r.City).HasMaxLength(100);
        e.Property(r => r.CountryCode).HasMaxLength(2);
    }

    public void Configure(EntityTypeBuilder<Parcel> e)
    {
        e.Property(p => p.TrackingNumber).HasMaxLength(40);
        e.HasIndex(p => p.TrackingNumber).IsUnique();
        e.Property(p => p.Sscc).HasMaxLength(18);
        e.HasIndex(p => p.Sscc).IsUnique();
        e.Property(p => p.CartonCode).HasMaxLength(20);
        e.Property(p => p.StationCode).HasMaxLength(20);
        e.HasIndex(p => p.PackedUtc);
        e.ComplexProperty(p => p.Outer);
        e.Property(p => p.CarrierCode).HasMaxLength(20);
        e.Property(p => p.ServiceCode).HasMaxLength(40);
        e.Property(p => p.PickupPoint).HasMaxLength(OrderCheck.MaxPickupPoint);
        e.Property(p => p.LockerSize).HasMaxLength(1);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.CarrierProblem).HasMaxLength(500);
        e.Property(p => p.CarrierProblemCode).HasMaxLength(40);
        e.Property(p => p.Version).IsConcurrencyToken();
        // The shipment desk's queue: requests due for a call.
        e.HasIndex(p => new { p.Status, p.NextAttemptUtc });
        e.HasOne<Warehouse.Core.Shipping.Dock.Manifest>().WithMany().HasForeignKey(p => p.ManifestId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(p => p.History).WithOne().HasForeignKey(h => h.ParcelId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ParcelEvent> e)
    {
        e.ToTable("ParcelEvents");
        e.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(h => new { h.ParcelId, h.Id });
    }

    public void Configure(EntityTypeBuilder<CarrierWebhookReceipt> e)
    {
        e.Property(r => r.CarrierCode).HasMaxLength(20);
        e.Property(r => r.Signature).HasMaxLength(80);
        e.HasIndex(r => new { r.CarrierCode, r.Signature }).IsUnique();
        e.HasIndex(r => r.ReceivedUtc);
    }
}
