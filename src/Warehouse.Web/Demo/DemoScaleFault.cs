namespace Warehouse.Web.Demo;

/// <summary>Trouble a demo or a test can put on a simulated scale.</summary>
public enum DemoScaleFault
{
    None,
    StuckInMotion,
    Overload,
    Silent,
}
