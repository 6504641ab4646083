using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Data.Mappings;

internal sealed class OutboxMapping : IEntityTypeConfiguration<OutboxFact>, IEntityTypeConfiguration<FactCheckpoint>
{
    public void Configure(EntityTypeBuilder<OutboxFact> e)
    {
        e.ToTable("Outbox");
        e.HasKey(f => f.Sequence);
        e.Property(f => f.Sequence).ValueGeneratedOnAdd();
        e.Property(f => f.Type).HasMaxLength(64);
        e.Property(f => f.StationCode).HasMaxLength(20);
        e.HasIndex(f => f.AtUtc);
    }

    public void Configure(EntityTypeBuilder<FactCheckpoint> e)
    {
        e.ToTable("FactCheckpoints");
        e.HasKey(c => c.Consumer);
        e.Property(c => c.Consumer).HasMaxLength(64);
    }
}
