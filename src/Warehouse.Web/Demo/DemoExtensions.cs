namespace Warehouse.Web.Demo;

public static class DemoExtensions
{
    public static IHostApplicationBuilder AddDemoFloor(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration("Demo");
        builder.Services.AddSingleton<DemoPrinters>();
        builder.Services.AddSingleton<DemoDevices>();
        if (builder.Configuration.GetValue<bool>("Demo:Enabled"))
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoDevices>());
            DemoCarrierSecrets.Apply(builder.Configuration);
        }
        return builder;
    }
}
