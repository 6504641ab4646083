using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Data.Mappings;

internal sealed class FloorMapping : IEntityTypeConfiguration<DayPlan>
{
    public void Configure(EntityTypeBuilder<DayPlan> e)
    {
        e.ToTable("DayPlans");
        e.HasKey(p => p.Day);
        e.Property(p => p.Day).ValueGeneratedNever();
    }
}
