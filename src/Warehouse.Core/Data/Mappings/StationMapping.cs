using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Data.Mappings;

internal sealed class StationMapping : IEntityTypeConfiguration<Station>, IEntityTypeConfiguration<ScanReceipt>
{
    public void Configure(EntityTypeBuilder<Station> e)
    {
        e.Property(s => s.Code).HasMaxLength(20);
        e.HasIndex(s => s.Code).IsUnique();
        e.Property(s => s.CredentialHash).HasMaxLength(64);
        e.Property(s => s.LastScanCode).HasMaxLength(128);
        e.HasOne(s => s.Operator).WithMany().HasForeignKey(s => s.OperatorId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne(s => s.Approver).WithMany().HasForeignKey(s => s.ApproverId).OnDelete(DeleteBehavior.SetNull);
        e.Property(s => s.AgentSecretHash).HasMaxLength(64);
        e.Property(s => s.VoidCarrierCode).HasMaxLength(16);
        e.HasOne<Operator>().WithMany().HasForeignKey(s => s.VoidApprovedById).OnDelete(DeleteBehavior.SetNull);
        e.Property(s => s.Version).IsConcurrencyToken();
        e.OwnsOne(s => s.Devices, d =>
        {
            d.Property(x => x.Connection).HasConversion<string>().HasMaxLength(10);
            d.Property(x => x.ScannerPath).HasMaxLength(StationDeviceRules.MaxPathLength);
            d.Property(x => x.ScannerSuffix).HasMaxLength(4);
            d.Property(x => x.ScalePath).HasMaxLength(StationDeviceRules.MaxPathLength);
            d.Property(x => x.ScaleProtocol).HasMaxLength(20);
            d.Property(x => x.ScaleUnit).HasMaxLength(4);
            d.Property(x => x.PrinterAddress).HasMaxLength(StationDeviceRules.MaxPathLength);
            d.Property(x => x.DocumentPrinterUri).HasMaxLength(StationDeviceRules.MaxPathLength);
            d.Property(x => x.LabelWidthInches).HasPrecision(4, 2);
            d.Property(x => x.LabelHeightInches).HasPrecision(4, 2);
        });
        e.Navigation(s => s.Devices).IsRequired();
    }

    public void Configure(EntityTypeBuilder<ScanReceipt> e)
    {
        e.Property(r => r.StationCode).HasMaxLength(20);
        e.Property(r => r.ScanId).HasMaxLength(ScanIds.MaxLength);
        e.HasIndex(r => new { r.StationCode, r.ScanId }).IsUnique();
        e.Property(r => r.MessageCode).HasMaxLength(40);
        e.Property(r => r.MessageArgs).HasMaxLength(1000);
        e.Property(r => r.NextCode).HasMaxLength(40);
        e.Property(r => r.NextArgs).HasMaxLength(200);
    }
}
