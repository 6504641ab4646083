using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns;

namespace Warehouse.Core.Data.Mappings;

internal sealed class ReturnMapping : IEntityTypeConfiguration<CustomerReturn>, IEntityTypeConfiguration<ReturnLine>, IEntityTypeConfiguration<ReturnEvent>
{
    public void Configure(EntityTypeBuilder<CustomerReturn> e)
    {
        e.ToTable("Returns");
        e.Property(r => r.Number).HasMaxLength(ReturnNumber.Length);
        e.HasIndex(r => r.Number).IsUnique();
        e.Property(r => r.OrderNumber).HasMaxLength(40);
        e.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(r => r.OrderId);
        e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.DropOff).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.CarrierCode).HasMaxLength(20);
        e.Property(r => r.ServiceCode).HasMaxLength(20);
        e.Property(r => r.ShipmentReference).HasMaxLength(20);
        e.Property(r => r.TrackingNumber).HasMaxLength(64);
        // The desk finds a parcel with no RMA slip by the carrier's number on it.
        e.HasIndex(r => r.TrackingNumber);
        e.Property(r => r.LabelProblem).HasMaxLength(500);
        e.Property(r => r.DropOffCode).HasMaxLength(32);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReturnId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(r => r.History).WithOne().HasForeignKey(h => h.ReturnId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(r => r.Units).WithOne().HasForeignKey(u => u.ReturnId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(r => r.OpenUnit);
        e.Property(r => r.Refund).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.RefundCurrency).HasMaxLength(3);
        e.Property(r => r.RefundReason).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.RefundNote).HasMaxLength(ReturnRules.MaxNote);
        e.Property(r => r.RefundDecidedAt).HasMaxLength(20);
        e.Property(r => r.RefundDraft).HasConversion<string>().HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<ReturnLine> e)
    {
        e.ToTable("ReturnLines");
        e.Property(l => l.SkuCode).HasMaxLength(40);
        e.Property(l => l.Reason).HasConversion<string>().HasMaxLength(16);
        e.Property(l => l.Note).HasMaxLength(ReturnRules.MaxNote);
        e.HasOne<OrderLine>().WithMany().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(l => l.OrderLineId);
    }

    public void Configure(EntityTypeBuilder<ReturnEvent> e)
    {
        e.ToTable("ReturnEvents");
        e.Property(h => h.Status).HasConversion<string>().HasMaxLength(16);
    }
}
