namespace Warehouse.Core.Floor;

/// <summary>How many orders the floor means to pack on one floor day, as a supervisor set it.</summary>
public sealed class DayPlan
{
    /// <summary>The floor's local date (Europe/Warsaw), not a UTC date.</summary>
    public DateOnly Day { get; set; }

    public int Orders { get; set; }
    public int SetBy { get; set; }
    public DateTime SetUtc { get; set; }
}
